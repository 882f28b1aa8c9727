package dev.swarmdesk.ui.nodes;

import dev.swarmdesk.listing.CliWords;
import dev.swarmdesk.listing.NodeLine;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A nodes table row, updated in place by node id so selection and scroll survive live changes. */
public final class NodeRow {

    private final String id;
    private final ReadOnlyStringWrapper hostname = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper role = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper availability = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper managerStatus = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper engineVersion = new ReadOnlyStringWrapper();
    private final ReadOnlyLongWrapper nanoCpus = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper memoryBytes = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper labels = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper runningTasks = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper down = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper drained = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private NodeSummary summary;

    NodeRow(String id) {
        this.id = id;
    }

    void show(NodeSummary s) {
        summary = s;
        NodeLine line = s.line();
        hostname.set(line.hostname());
        role.set(CliWords.pretty(line.role()));
        status.set(line.status());
        availability.set(line.availability());
        managerStatus.set(line.managerStatus());
        engineVersion.set(line.engineVersion());
        nanoCpus.set(s.nanoCpus());
        memoryBytes.set(s.memoryBytes());
        labels.set(s.labels());
        runningTasks.set(s.runningTasks());
        down.set(s.down());
        drained.set(s.drained());
        paused.set(s.paused());
    }

    /** What the search field filters on changes only with these: a filtered list watches them. */
    Observable[] filterInputs() {
        return new Observable[] {hostname, labels};
    }

    boolean matches(String query) {
        return summary != null && summary.matches(query);
    }

    public String id() {
        return id;
    }

    public ReadOnlyStringProperty hostnameProperty() {
        return hostname.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roleProperty() {
        return role.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty availabilityProperty() {
        return availability.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty managerStatusProperty() {
        return managerStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty engineVersionProperty() {
        return engineVersion.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty nanoCpusProperty() {
        return nanoCpus.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty memoryBytesProperty() {
        return memoryBytes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty runningTasksProperty() {
        return runningTasks.getReadOnlyProperty();
    }

    /** The node is not ready (down, disconnected, unknown). */
    public ReadOnlyBooleanProperty downProperty() {
        return down.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty drainedProperty() {
        return drained.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }
}
