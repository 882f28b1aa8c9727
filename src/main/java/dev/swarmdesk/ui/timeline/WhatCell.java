package dev.swarmdesk.ui.timeline;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** What happened: an icon for the kind of entry and the error text, whole in a tooltip. */
final class WhatCell extends TableCell<TimelineRow, String> {

    private final Tooltip tip = new Tooltip();

    WhatCell() {
        getStyleClass().add("timeline-what");
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.INDEFINITE);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        TimelineRow row = empty ? null : getTableRow().getItem();
        if (row == null || text == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(text);
        setGraphic(icon(row.kind()));
        Integer exit = row.exitCodeProperty().get();
        tip.setText(exit == null ? text : text + "\nexit code " + exit);
        setTooltip(text.isEmpty() ? null : tip);
    }

    private static FontIcon icon(TimelineKind kind) {
        FontIcon icon = switch (kind) {
            case FAILURE -> new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
            case NODE_DOWN -> new FontIcon(MaterialDesignS.SERVER_NETWORK_OFF);
            case NODE_UP -> new FontIcon(MaterialDesignS.SERVER_NETWORK);
        };
        icon.getStyleClass().addAll("timeline-icon", "timeline-icon-" + kind.name().toLowerCase().replace('_', '-'));
        return icon;
    }
}
