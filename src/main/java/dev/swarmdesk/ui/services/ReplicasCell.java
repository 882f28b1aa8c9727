package dev.swarmdesk.ui.services;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;

/** Replicas as a bar of running over desired, with the docker CLI's words on it. */
final class ReplicasCell extends TableCell<ServiceRow, String> {

    private final ProgressBar bar = new ProgressBar();
    private final javafx.scene.control.Label words = new javafx.scene.control.Label();
    private final StackPane graphic = new StackPane(bar, words);

    ReplicasCell() {
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("replicas-bar");
        words.getStyleClass().add("replicas-words");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        ServiceRow row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || text == null) {
            setGraphic(null);
            return;
        }
        bar.progressProperty().bind(row.runningShareProperty());
        words.setText(text);
        setGraphic(graphic);
    }
}
