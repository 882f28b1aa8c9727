package dev.swarmdesk.ui.services;

import dev.swarmdesk.listing.TaskLine;
import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A tasks table row, updated in place by task id. */
public final class TaskRow {

    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper node = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper desired = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    TaskRow(String id) {
        this.id = id;
    }

    void show(TaskLine line, Instant now) {
        name.set(line.name());
        node.set(line.node());
        desired.set(line.desiredState());
        current.set(line.currentState(now));
        error.set(line.error());
    }

    public String id() {
        return id;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nodeProperty() {
        return node.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty desiredProperty() {
        return desired.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
