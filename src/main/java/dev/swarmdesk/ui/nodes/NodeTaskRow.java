package dev.swarmdesk.ui.nodes;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.listing.ImageNames;
import dev.swarmdesk.listing.TaskLine;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A row of the selected node's tasks, updated in place by task id. */
public final class NodeTaskRow {

    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper service = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper image = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper desired = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper();

    NodeTaskRow(String id) {
        this.id = id;
    }

    /** One task as `docker node ps` words it; {@code task} gives what the line does not carry. */
    record Item(TaskLine line, String serviceName, SwarmTask task) {

        static Item of(TaskLine line, SwarmTask t, ClusterSnapshot snap) {
            return new Item(line, snap.serviceName(t.serviceId()), t);
        }

        String id() {
            return line.id();
        }
    }

    void show(Item item, Instant now) {
        TaskLine line = item.line();
        name.set(line.name());
        service.set(item.serviceName());
        image.set(ImageNames.display(line.image()));
        current.set(line.currentState(now));
        desired.set(line.desiredState());
        error.set(line.error());
        failed.set(item.task().state().isFailure());
        ended.set(item.task().state().isTerminal() && !item.task().state().isFailure());
    }

    public String id() {
        return id;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serviceProperty() {
        return service.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty desiredProperty() {
        return desired.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The task failed, was rejected or orphaned. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The task ended as asked (shutdown, complete): history, shown muted. */
    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }
}
