package dev.swarmdesk.ui.services;

import dev.swarmdesk.listing.ServiceLine;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A services table row, updated in place so selection and scroll survive live changes. */
public final class ServiceRow {

    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper mode = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper replicas = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper image = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper update = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper shortOfTasks = new ReadOnlyBooleanWrapper();

    ServiceRow(String id) {
        this.id = id;
    }

    void show(ServiceLine line) {
        name.set(line.name());
        mode.set(line.mode());
        replicas.set(line.replicas());
        image.set(line.image());
        update.set(line.updateState());
        shortOfTasks.set(line.running() < line.desired());
    }

    /** Fewer tasks run than should: the row is marked so a failing service stands out. */
    public ReadOnlyBooleanProperty shortOfTasksProperty() {
        return shortOfTasks.getReadOnlyProperty();
    }

    public String id() {
        return id;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty replicasProperty() {
        return replicas.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty updateProperty() {
        return update.getReadOnlyProperty();
    }
}
