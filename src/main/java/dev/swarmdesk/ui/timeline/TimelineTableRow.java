package dev.swarmdesk.ui.timeline;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/** A timeline row that carries :failure, :node-down, :node-up and :recovering for the stylesheet. */
final class TimelineTableRow extends TableRow<TimelineRow> {

    private static final PseudoClass FAILURE = PseudoClass.getPseudoClass("failure");
    private static final PseudoClass NODE_DOWN = PseudoClass.getPseudoClass("node-down");
    private static final PseudoClass NODE_UP = PseudoClass.getPseudoClass("node-up");
    private static final PseudoClass RECOVERING = PseudoClass.getPseudoClass("recovering");

    private final ChangeListener<Outcome> onOutcome =
            (obs, was, now) -> pseudoClassStateChanged(RECOVERING, now.recovering());

    @Override
    protected void updateItem(TimelineRow item, boolean empty) {
        TimelineRow previous = getItem();
        if (previous != null) {
            previous.outcomeProperty().removeListener(onOutcome);
        }
        super.updateItem(item, empty);
        TimelineKind kind = empty || item == null ? null : item.kind();
        pseudoClassStateChanged(FAILURE, kind == TimelineKind.FAILURE);
        pseudoClassStateChanged(NODE_DOWN, kind == TimelineKind.NODE_DOWN);
        pseudoClassStateChanged(NODE_UP, kind == TimelineKind.NODE_UP);
        pseudoClassStateChanged(RECOVERING, kind != null && item.outcome().recovering());
        if (kind != null) {
            item.outcomeProperty().addListener(onOutcome);
        }
    }
}
