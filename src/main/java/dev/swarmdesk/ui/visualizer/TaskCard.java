package dev.swarmdesk.ui.visualizer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One task's card on the board, kept by task id and updated in place as the task changes. */
final class TaskCard {

    private final String id;
    private final ReadOnlyObjectWrapper<CardLine> line = new ReadOnlyObjectWrapper<>();

    TaskCard(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    void show(CardLine next) {
        // equal lines are common (most tasks do not change): no event, no redraw
        if (!next.equals(line.get())) {
            line.set(next);
        }
    }

    CardLine line() {
        return line.get();
    }

    ReadOnlyObjectProperty<CardLine> lineProperty() {
        return line.getReadOnlyProperty();
    }
}
