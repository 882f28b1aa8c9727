package dev.swarmdesk.ui.services;

import dev.swarmdesk.listing.CliWords;
import dev.swarmdesk.listing.TaskLine;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A task row (a slot's current task, or one it replaced), updated in place by task id. */
public final class TaskRow {

    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper node = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper desired = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper exitCode = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper crashLoop = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private TaskLine line;

    TaskRow(String id) {
        this.id = id;
    }

    void show(TaskLine l, boolean slotInCrashLoop, int recentFailures, Instant now) {
        line = l;
        // a global service's task is named after its node id by the CLI; people read hostnames
        String shown = l.slot() == 0 && !l.node().isEmpty()
                ? l.name().substring(0, l.name().lastIndexOf('.')) + " @ " + l.node() : l.name();
        name.set(slotInCrashLoop ? shown + "  ⟳ crash loop ×" + recentFailures : shown);
        node.set(l.node());
        state.set(CliWords.pretty(l.state()));
        desired.set(l.desiredState());
        error.set(l.error());
        exitCode.set(l.exitCode() == null ? "" : Integer.toString(l.exitCode()));
        crashLoop.set(slotInCrashLoop);
        failed.set(l.failed());
        tick(now);
    }

    /** Re-words the relative times, which age even when nothing changes. */
    void tick(Instant now) {
        if (line == null) {
            return;
        }
        current.set(line.currentState(now));
        age.set(line.since() == null ? "" : CliWords.humanDuration(Duration.between(line.since(), now)));
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

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty desiredProperty() {
        return desired.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The engine's error text, whole. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exitCodeProperty() {
        return exitCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ageProperty() {
        return age.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty crashLoopProperty() {
        return crashLoop.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
