package dev.swarmdesk.ui.services;

import dev.swarmdesk.listing.SlotHistory;
import dev.swarmdesk.listing.TaskLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * A service's tasks grouped by slot: each slot shows its current task, with the tasks it
 * replaced (failed ones with their errors) folded under it. Tree items are kept per task id,
 * so selection and expansion survive live updates.
 */
final class TaskTree {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass CRASH_LOOP = PseudoClass.getPseudoClass("crash-loop");

    private final TreeItem<TaskRow> root = new TreeItem<>();
    private final TreeTableView<TaskRow> table = new TreeTableView<>(root);
    private final Map<String, TreeItem<TaskRow>> items = new HashMap<>();
    /** Open or closed per slot, not per task: a replacement task keeps its slot's state. */
    private final Map<String, Boolean> slotExpanded = new HashMap<>();
    private final Map<String, TreeItem<TaskRow>> slotHeads = new HashMap<>();

    TaskTree() {
        table.setId("tasks-table");
        table.setShowRoot(false);
        table.setPlaceholder(new Label("Select a service to see its tasks"));
        table.getColumns().add(column("Task", TaskRow::nameProperty, 300));
        table.getColumns().add(column("State", TaskRow::currentProperty, 220));
        table.getColumns().add(column("Desired", TaskRow::desiredProperty, 80));
        table.getColumns().add(column("Node", TaskRow::nodeProperty, 110));
        table.getColumns().add(column("Exit", TaskRow::exitCodeProperty, 50));
        // the error is last so it takes whatever width is left; the whole text is on hover anyway
        TreeTableColumn<TaskRow, String> error = column("Error", TaskRow::errorProperty, 380);
        error.setCellFactory(c -> new ErrorCell());
        table.getColumns().add(error);
        table.setRowFactory(t -> new TaskTableRow());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelectedError();
            }
        });
    }

    TreeTableView<TaskRow> control() {
        return table;
    }

    void clear() {
        root.getChildren().clear();
        items.clear();
        slotExpanded.clear();
        slotHeads.clear();
    }

    /** Shows these slots (in order), reusing the tree item of every task already shown. */
    void show(List<SlotHistory> slots, Instant now) {
        Set<String> seen = new HashSet<>();
        List<TreeItem<TaskRow>> top = new ArrayList<>();
        for (SlotHistory slot : slots) {
            TreeItem<TaskRow> head = item(slot.current(), slot, now, seen);
            List<TreeItem<TaskRow>> children = new ArrayList<>();
            for (TaskLine older : slot.previous()) {
                TreeItem<TaskRow> child = item(older, null, now, seen);
                // the task that headed the slot until its replacement came still holds the
                // slot's history: a replaced task has none, or items would sit in two places
                if (!child.getChildren().isEmpty()) {
                    child.getChildren().clear();
                }
                children.add(child);
            }
            if (!head.getChildren().equals(children)) {
                head.getChildren().setAll(children);
            }
            followExpansion(slot, head);
            top.add(head);
        }
        if (!root.getChildren().equals(top)) {
            root.getChildren().setAll(top);
        }
        items.keySet().retainAll(seen);
    }

    private void followExpansion(SlotHistory slot, TreeItem<TaskRow> head) {
        if (slotHeads.get(slot.name()) == head) {
            return;
        }
        slotHeads.put(slot.name(), head);
        // a slot that failed lately opens by itself: the errors are what one wants to see
        head.setExpanded(slotExpanded.getOrDefault(slot.name(), slot.recentFailures() > 0));
        head.expandedProperty().addListener((obs, was, now) -> {
            if (slotHeads.get(slot.name()) == head) {
                slotExpanded.put(slot.name(), now);
            }
        });
    }

    private TreeItem<TaskRow> item(TaskLine line, SlotHistory slot, Instant now, Set<String> seen) {
        seen.add(line.id());
        TreeItem<TaskRow> item = items.computeIfAbsent(line.id(), id -> new TreeItem<>(new TaskRow(id)));
        boolean crashLoop = slot != null && slot.crashLoop();
        item.getValue().show(line, crashLoop, slot == null ? 0 : slot.recentFailures(), now);
        return item;
    }

    /** Relative times age while nothing else changes. */
    void tick(Instant now) {
        items.values().forEach(i -> i.getValue().tick(now));
    }

    private void copySelectedError() {
        TreeItem<TaskRow> selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && !selected.getValue().errorProperty().get().isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(selected.getValue().errorProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static TreeTableColumn<TaskRow, String> column(String title,
                                                          Function<TaskRow, ObservableValue<String>> value,
                                                          double width) {
        TreeTableColumn<TaskRow, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue().getValue()));
        c.setPrefWidth(width);
        return c;
    }

    /** The error column: the whole text on hover and a Copy item, never cut away. */
    private final class ErrorCell extends TreeTableCell<TaskRow, String> {
        private final Tooltip tooltip = new Tooltip();
        private final ContextMenu menu = new ContextMenu();

        ErrorCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(600);
            MenuItem copy = new MenuItem("Copy error");
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(getItem());
                Clipboard.getSystemClipboard().setContent(content);
            });
            menu.getItems().add(copy);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean has = !empty && text != null && !text.isEmpty();
            setText(has ? text : null);
            tooltip.setText(has ? text : "");
            setTooltip(has ? tooltip : null);
            setContextMenu(has ? menu : null);
        }
    }

    /** Rows carry :failed and :crash-loop, following the row's task as it changes in place. */
    private static final class TaskTableRow extends TreeTableRow<TaskRow> {
        private final javafx.beans.value.ChangeListener<Boolean> refresh = (obs, was, now) -> mark(getItem());

        @Override
        protected void updateItem(TaskRow row, boolean empty) {
            TaskRow previous = getItem();
            if (previous != null) {
                previous.failedProperty().removeListener(refresh);
                previous.crashLoopProperty().removeListener(refresh);
            }
            super.updateItem(row, empty);
            if (!empty && row != null) {
                row.failedProperty().addListener(refresh);
                row.crashLoopProperty().addListener(refresh);
            }
            mark(empty ? null : row);
        }

        private void mark(TaskRow row) {
            pseudoClassStateChanged(FAILED, row != null && row.failedProperty().get());
            pseudoClassStateChanged(CRASH_LOOP, row != null && row.crashLoopProperty().get());
        }
    }
}
