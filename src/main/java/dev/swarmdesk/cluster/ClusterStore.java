package dev.swarmdesk.cluster;

import dev.swarmdesk.cluster.ClusterChange.ConnectionChange;
import dev.swarmdesk.cluster.ClusterChange.NodeChange;
import dev.swarmdesk.cluster.ClusterChange.ServiceChange;
import dev.swarmdesk.cluster.ClusterChange.TaskChange;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live model: the current {@link ClusterSnapshot} plus listeners that receive every change
 * as a batch. Writers replace whole scopes (all nodes, the tasks of some services...) and the
 * store works out what changed, so feeds (full lists, polls, events) never have to.
 * Thread-safe; listeners are called in order on the writer's thread and must be quick.
 */
public final class ClusterStore {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterStore.class);

    private final Object writeLock = new Object();
    private final List<Consumer<ChangeBatch>> listeners = new CopyOnWriteArrayList<>();
    private volatile ClusterSnapshot snapshot = ClusterSnapshot.EMPTY;
    private boolean loadedOnce;

    public ClusterSnapshot snapshot() {
        return snapshot;
    }

    /** Starts delivering batches to the listener; close the result to stop. */
    public AutoCloseable subscribe(Consumer<ChangeBatch> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Replaces everything (a full listing at connect or after a reconnect). */
    public void replaceAll(Collection<SwarmNode> nodes, Collection<SwarmService> services,
                           Collection<SwarmTask> tasks) {
        synchronized (writeLock) {
            List<ClusterChange> changes = new ArrayList<>();
            ClusterSnapshot s = snapshot;
            Map<String, SwarmNode> n = diff(s.nodes(), nodes, SwarmNode::id, x -> true, NodeChange::new, changes);
            Map<String, SwarmService> sv = diff(s.services(), services, SwarmService::id, x -> true,
                    ServiceChange::new, changes);
            Map<String, SwarmTask> t = diff(s.tasks(), tasks, SwarmTask::id, x -> true, TaskChange::new, changes);
            boolean initial = !loadedOnce;
            loadedOnce = true;
            publish(new ClusterSnapshot(n, sv, t, TaskIndex.update(s.tasksByService(), changes), s.connection()),
                    changes, initial);
        }
    }

    /**
     * Forgets everything (switching to another cluster): every object is published as removed,
     * and the next full listing counts as an initial load again, not as news.
     */
    public void reset() {
        synchronized (writeLock) {
            List<ClusterChange> changes = new ArrayList<>();
            ClusterSnapshot s = snapshot;
            s.nodes().values().forEach(n -> changes.add(new NodeChange(n, null)));
            s.services().values().forEach(v -> changes.add(new ServiceChange(v, null)));
            s.tasks().values().forEach(t -> changes.add(new TaskChange(t, null)));
            loadedOnce = false;
            // forgetting a cluster is not news: nothing went down, SwarmDesk looked elsewhere
            publish(new ClusterSnapshot(Map.of(), Map.of(), Map.of(), Map.of(), s.connection()), changes, true);
        }
    }

    public void replaceNodes(Collection<SwarmNode> nodes) {
        synchronized (writeLock) {
            List<ClusterChange> changes = new ArrayList<>();
            ClusterSnapshot s = snapshot;
            Map<String, SwarmNode> n = diff(s.nodes(), nodes, SwarmNode::id, x -> true, NodeChange::new, changes);
            publish(new ClusterSnapshot(n, s.services(), s.tasks(), s.tasksByService(), s.connection()), changes, false);
        }
    }

    public void replaceServices(Collection<SwarmService> services) {
        synchronized (writeLock) {
            List<ClusterChange> changes = new ArrayList<>();
            ClusterSnapshot s = snapshot;
            Map<String, SwarmService> sv = diff(s.services(), services, SwarmService::id, x -> true,
                    ServiceChange::new, changes);
            publish(new ClusterSnapshot(s.nodes(), sv, s.tasks(), s.tasksByService(), s.connection()), changes, false);
        }
    }

    /**
     * Replaces the tasks that {@code scope} selects with {@code fresh}: tasks in scope that are
     * not in {@code fresh} are gone (the engine pruned them).
     */
    public void replaceTasks(Predicate<SwarmTask> scope, Collection<SwarmTask> fresh) {
        synchronized (writeLock) {
            List<ClusterChange> changes = new ArrayList<>();
            ClusterSnapshot s = snapshot;
            Map<String, SwarmTask> t = diff(s.tasks(), fresh, SwarmTask::id, scope, TaskChange::new, changes);
            publish(new ClusterSnapshot(s.nodes(), s.services(), t, TaskIndex.update(s.tasksByService(), changes),
                    s.connection()), changes, false);
        }
    }

    public void setConnection(ConnectionStatus status) {
        synchronized (writeLock) {
            ClusterSnapshot s = snapshot;
            if (s.connection().equals(status)) {
                return;
            }
            List<ClusterChange> changes = List.of(new ConnectionChange(s.connection(), status));
            publish(new ClusterSnapshot(s.nodes(), s.services(), s.tasks(), s.tasksByService(), status), changes, false);
        }
    }

    private void publish(ClusterSnapshot next, List<ClusterChange> changes, boolean initial) {
        if (changes.isEmpty() && !initial) {
            return;
        }
        snapshot = next;
        ChangeBatch batch = new ChangeBatch(changes, next, initial);
        for (Consumer<ChangeBatch> l : listeners) {
            try {
                l.accept(batch);
            } catch (RuntimeException e) {
                // one broken view must not stop the model for the others
                LOG.warn("cluster listener failed", e);
            }
        }
    }

    /**
     * Returns the new map for one kind of object, adding a change for every object that was
     * added, changed, or (when in scope and absent from fresh) removed.
     */
    private static <T> Map<String, T> diff(Map<String, T> old, Collection<T> fresh, Function<T, String> id,
                                           Predicate<T> scope, BiFunction<T, T, ClusterChange> change,
                                           List<ClusterChange> out) {
        Map<String, T> next = new HashMap<>(old);
        Map<String, T> freshById = new HashMap<>();
        for (T f : fresh) {
            freshById.put(id.apply(f), f);
        }
        for (T o : old.values()) {
            if (scope.test(o) && !freshById.containsKey(id.apply(o))) {
                next.remove(id.apply(o));
                out.add(change.apply(o, null));
            }
        }
        for (T f : freshById.values()) {
            T before = old.get(id.apply(f));
            if (!Objects.equals(before, f)) {
                next.put(id.apply(f), f);
                out.add(change.apply(before, f));
            }
        }
        return Map.copyOf(next);
    }
}
