package dev.swarmdesk.ui.nodes;

import dev.swarmdesk.listing.NaturalOrder;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Builds the nodes table: `node ls` columns, then resources, running tasks and labels. */
final class NodeTable {

    static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    static final PseudoClass DRAINED = PseudoClass.getPseudoClass("drained");
    static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    private NodeTable() {
    }

    static TableView<NodeRow> create() {
        TableView<NodeRow> table = new TableView<>();
        table.setId("nodes-table");
        table.getStyleClass().add("nodes-table");
        table.setPlaceholder(new Label("No nodes"));
        TableColumn<NodeRow, String> hostname = Columns.text("Hostname", NodeRow::hostnameProperty, 160);
        hostname.setComparator(NaturalOrder.INSTANCE);
        hostname.getStyleClass().add("nodes-hostname");
        table.getColumns().add(hostname);
        table.getColumns().add(Columns.text("Role", NodeRow::roleProperty, 85));
        table.getColumns().add(Columns.text("Status", NodeRow::statusProperty, 80));
        table.getColumns().add(Columns.text("Availability", NodeRow::availabilityProperty, 108));
        table.getColumns().add(Columns.text("Manager status", NodeRow::managerStatusProperty, 140));
        table.getColumns().add(Columns.text("Engine version", NodeRow::engineVersionProperty, 140));
        table.getColumns().add(Columns.number("CPU", NodeRow::nanoCpusProperty, NodeSummary::cpus, 80));
        table.getColumns().add(Columns.number("Memory", NodeRow::memoryBytesProperty, NodeSummary::memory, 90));
        table.getColumns().add(Columns.number("Running tasks", NodeRow::runningTasksProperty, Long::toString, 135));
        table.getColumns().add(Columns.longText("Labels", NodeRow::labelsProperty, 260));
        // the labels column takes what the others leave: no empty filler column on the right
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new FlagTableRow<>(Map.of(
                DOWN, NodeRow::downProperty,
                DRAINED, NodeRow::drainedProperty,
                PAUSED, NodeRow::pausedProperty)));
        return table;
    }
}
