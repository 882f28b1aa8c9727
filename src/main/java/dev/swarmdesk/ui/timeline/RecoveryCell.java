package dev.swarmdesk.ui.timeline;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The recovery time once the replacement runs; "recovering…" with a spinner-like mark until then.
 * The mark stands still on purpose: an indeterminate ProgressIndicator per recovering row kept
 * the FX thread busy (about a third of a core under software rendering) for as long as a
 * failure waits, which can be hours for a global task on a node that is down.
 */
final class RecoveryCell extends TableCell<TimelineRow, Outcome> {

    private static final PseudoClass RECOVERING = PseudoClass.getPseudoClass("recovering");
    private static final PseudoClass RECOVERED = PseudoClass.getPseudoClass("recovered");
    private static final PseudoClass GAVE_UP = PseudoClass.getPseudoClass("gave-up");

    private final FontIcon mark = new FontIcon(MaterialDesignL.LOADING);
    private final Tooltip times = new Tooltip();

    RecoveryCell() {
        getStyleClass().add("timeline-recovery");
        mark.getStyleClass().add("timeline-spinner");
    }

    @Override
    protected void updateItem(Outcome o, boolean empty) {
        super.updateItem(o, empty);
        Outcome.Status status = empty || o == null ? Outcome.Status.NONE : o.status();
        // pseudo-classes, not style classes: changing classes makes JavaFX redo this cell's CSS
        pseudoClassStateChanged(RECOVERING, status == Outcome.Status.RECOVERING);
        pseudoClassStateChanged(RECOVERED, status == Outcome.Status.RECOVERED);
        pseudoClassStateChanged(GAVE_UP, status == Outcome.Status.GAVE_UP);
        setGraphic(status == Outcome.Status.RECOVERING ? mark : null);
        setTooltip(null);
        switch (status) {
            case RECOVERING -> setText("recovering…");
            case RECOVERED -> {
                setText(TimelineText.duration(o.recovery()));
                times.setText("replacement created " + TimelineText.time(o.replacementCreatedAt())
                        + ", running " + TimelineText.time(o.replacementRunningAt()));
                setTooltip(times);
            }
            case GAVE_UP -> setText(o.note());
            case NONE -> setText(null);
        }
    }
}
