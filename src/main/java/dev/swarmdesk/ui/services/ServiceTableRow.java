package dev.swarmdesk.ui.services;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/** A services table row that carries the :short-of-tasks pseudo-class of its service. */
final class ServiceTableRow extends TableRow<ServiceRow> {

    private static final PseudoClass SHORT = PseudoClass.getPseudoClass("short-of-tasks");

    private final ChangeListener<Boolean> onShort = (obs, was, now) -> pseudoClassStateChanged(SHORT, now);

    @Override
    protected void updateItem(ServiceRow item, boolean empty) {
        ServiceRow previous = getItem();
        if (previous != null) {
            previous.shortOfTasksProperty().removeListener(onShort);
        }
        super.updateItem(item, empty);
        boolean isShort = !empty && item != null && item.shortOfTasksProperty().get();
        pseudoClassStateChanged(SHORT, isShort);
        if (!empty && item != null) {
            item.shortOfTasksProperty().addListener(onShort);
        }
    }
}
