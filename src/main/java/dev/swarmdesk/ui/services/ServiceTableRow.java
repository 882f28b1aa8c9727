package dev.swarmdesk.ui.services;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/** A services table row that carries the :short-of-tasks and :troubled pseudo-classes of its service. */
final class ServiceTableRow extends TableRow<ServiceRow> {

    private static final PseudoClass SHORT = PseudoClass.getPseudoClass("short-of-tasks");
    private static final PseudoClass TROUBLED = PseudoClass.getPseudoClass("troubled");

    private final ChangeListener<Boolean> onChange = (obs, was, now) -> mark(getItem());

    @Override
    protected void updateItem(ServiceRow item, boolean empty) {
        ServiceRow previous = getItem();
        if (previous != null) {
            previous.shortOfTasksProperty().removeListener(onChange);
            previous.troubledProperty().removeListener(onChange);
        }
        super.updateItem(item, empty);
        if (!empty && item != null) {
            item.shortOfTasksProperty().addListener(onChange);
            item.troubledProperty().addListener(onChange);
        }
        mark(empty ? null : item);
    }

    private void mark(ServiceRow row) {
        pseudoClassStateChanged(SHORT, row != null && row.shortOfTasksProperty().get());
        pseudoClassStateChanged(TROUBLED, row != null && row.troubledProperty().get());
    }
}
