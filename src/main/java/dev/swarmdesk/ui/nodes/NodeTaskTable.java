package dev.swarmdesk.ui.nodes;

import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** Builds the table of the selected node's tasks, as `docker node ps` lists them. */
final class NodeTaskTable {

    static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    private NodeTaskTable() {
    }

    static TableView<NodeTaskRow> create() {
        TableView<NodeTaskRow> table = new TableView<>();
        table.setId("nodes-tasks-table");
        table.getStyleClass().add("nodes-tasks-table");
        table.setPlaceholder(new Label("Select a node to see its tasks"));
        table.getColumns().add(Columns.text("Task", NodeTaskRow::nameProperty, 160));
        table.getColumns().add(Columns.text("Service", NodeTaskRow::serviceProperty, 130));
        table.getColumns().add(Columns.longText("Image", NodeTaskRow::imageProperty, 250));
        table.getColumns().add(Columns.text("Current state", NodeTaskRow::currentProperty, 190));
        table.getColumns().add(Columns.text("Desired", NodeTaskRow::desiredProperty, 85));
        table.getColumns().add(Columns.longText("Error", NodeTaskRow::errorProperty, 420));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new FlagTableRow<>(Map.of(
                FAILED, NodeTaskRow::failedProperty,
                ENDED, NodeTaskRow::endedProperty)));
        return table;
    }
}
