package dev.swarmdesk.ui.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The timeline's table: its columns and cells. */
final class TimelineTable {

    private TimelineTable() {
    }

    static TableView<TimelineRow> create() {
        TableView<TimelineRow> table = new TableView<>();
        table.setId("timeline-table");
        table.getStyleClass().add("timeline-table");
        table.setPlaceholder(new Label("No failures or node outages since SwarmDesk started"));
        table.setRowFactory(t -> new TimelineTableRow());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<TimelineRow, Instant> time = column("Time", r -> constant(r.time()), 115);
        time.setCellFactory(c -> text(TimelineText::time));
        time.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<TimelineRow, String> what = new TableColumn<>("What happened");
        what.setCellValueFactory(cell -> cell.getValue().whatProperty());
        what.setCellFactory(c -> new WhatCell());
        what.setPrefWidth(380);
        TableColumn<TimelineRow, Integer> exit = column("Exit", r -> r.exitCodeProperty(), 50);
        TableColumn<TimelineRow, Outcome> replacement = column("Replacement", TimelineRow::outcomeProperty, 210);
        replacement.setCellFactory(c -> text(TimelineText::replacement));
        replacement.setComparator(Comparator.comparing(TimelineText::replacement));
        TableColumn<TimelineRow, Outcome> recovery = column("Recovery", TimelineRow::outcomeProperty, 150);
        recovery.setCellFactory(c -> new RecoveryCell());
        recovery.setComparator(Comparator.comparing(Outcome::recovery, Comparator.nullsLast(Comparator.naturalOrder())));

        TableColumn<TimelineRow, String> slot = column("Slot", r -> constant(r.slot()), 60);
        // the fixed-size columns keep their width; the others share what the window gives
        for (TableColumn<TimelineRow, ?> fixed : java.util.List.of(time, slot, exit, recovery)) {
            fixed.setMinWidth(fixed.getPrefWidth());
            fixed.setMaxWidth(fixed.getPrefWidth());
        }
        table.getColumns().add(time);
        table.getColumns().add(column("Service", r -> constant(r.service()), 140));
        table.getColumns().add(slot);
        table.getColumns().add(column("Node", r -> constant(r.node()), 130));
        table.getColumns().add(what);
        table.getColumns().add(exit);
        table.getColumns().add(replacement);
        table.getColumns().add(recovery);
        return table;
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private static <T> TableColumn<TimelineRow, T> column(String title,
                                                          Function<TimelineRow, ObservableValue<T>> value,
                                                          double width) {
        TableColumn<TimelineRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableCell<TimelineRow, T> text(Function<T, String> words) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
            }
        };
    }
}
