package dev.swarmdesk.ui.visualizer;

import dev.swarmdesk.ui.controls.KeyedRows;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One node's column on the board: its header line and its cards, kept by task id and updated
 * in place. A model, not a node: the board draws only the columns in view, in reused cells.
 */
final class NodeColumn {

    private final String key;
    private final ReadOnlyObjectWrapper<ColumnLine> line = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TaskCard> cards = FXCollections.observableArrayList();
    private final KeyedRows<CardLine, TaskCard> cardSync =
            new KeyedRows<>(CardLine::id, TaskCard::new, TaskCard::show);

    NodeColumn(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    void show(ColumnLine c) {
        if (c == line.get()) {
            // the board hands back the same column when none of its tasks changed
            return;
        }
        cardSync.apply(c.cards(), cards);
        line.set(c);
    }

    ReadOnlyObjectProperty<ColumnLine> lineProperty() {
        return line.getReadOnlyProperty();
    }

    ObservableList<TaskCard> cards() {
        return cards;
    }

    /** The card of a task, or null when the task has no card here. */
    TaskCard card(String taskId) {
        return cardSync.row(taskId);
    }
}
