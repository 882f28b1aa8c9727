package dev.swarmdesk.cluster;

import dev.swarmdesk.cluster.ClusterChange.ConnectionChange;
import dev.swarmdesk.cluster.ClusterChange.NodeChange;
import dev.swarmdesk.cluster.ClusterChange.ServiceChange;
import dev.swarmdesk.cluster.ClusterChange.TaskChange;
import dev.swarmdesk.cluster.ClusterNews.ConnectionChanged;
import dev.swarmdesk.cluster.ClusterNews.FailoverCompleted;
import dev.swarmdesk.cluster.ClusterNews.NodeDown;
import dev.swarmdesk.cluster.ClusterNews.NodeUp;
import dev.swarmdesk.cluster.ClusterNews.NodeUpdated;
import dev.swarmdesk.cluster.ClusterNews.ServiceCreated;
import dev.swarmdesk.cluster.ClusterNews.ServiceRemoved;
import dev.swarmdesk.cluster.ClusterNews.ServiceUpdated;
import dev.swarmdesk.cluster.ClusterNews.TaskCreated;
import dev.swarmdesk.cluster.ClusterNews.TaskFailed;
import dev.swarmdesk.cluster.ClusterNews.TaskRemoved;
import dev.swarmdesk.cluster.ClusterNews.TaskRunning;
import dev.swarmdesk.cluster.ClusterNews.TaskStateChanged;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmTask;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Turns the store's change batches into {@link ClusterNews}: task failures and recoveries,
 * nodes going down and up, service changes, and a {@link dev.swarmdesk.domain.FailoverRecord}
 * whenever a replacement task reaches running in a failed task's slot.
 */
public final class NewsFeed implements Consumer<ChangeBatch> {

    private final Clock clock;
    private final FailoverTracker failovers = new FailoverTracker();
    private final List<Consumer<ClusterNews>> listeners = new CopyOnWriteArrayList<>();

    public NewsFeed(Clock clock) {
        this.clock = clock;
    }

    public AutoCloseable subscribe(Consumer<ClusterNews> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public synchronized void accept(ChangeBatch batch) {
        if (batch.initialLoad()) {
            return;
        }
        for (ClusterNews n : interpret(batch)) {
            listeners.forEach(l -> l.accept(n));
        }
    }

    /** Derives the news of one batch. Failures are handled before starts, so a failure and its
     * replacement seen in the same poll still pair up. */
    List<ClusterNews> interpret(ChangeBatch batch) {
        Instant now = clock.instant();
        ClusterSnapshot snap = batch.snapshot();
        List<ClusterNews> out = new ArrayList<>();
        List<TaskChange> tasks = new ArrayList<>();
        for (ClusterChange c : batch.changes()) {
            if (c instanceof ConnectionChange cc) {
                out.add(new ConnectionChanged(now, cc.after()));
            } else if (c instanceof NodeChange nc) {
                node(now, nc, out);
            } else if (c instanceof ServiceChange sc) {
                service(now, sc, out);
            } else if (c instanceof TaskChange tc) {
                tasks.add(tc);
            }
        }
        List<TaskChange> later = new ArrayList<>();
        for (TaskChange tc : tasks) {
            if (tc.after() != null && becameFailed(tc, snap)) {
                task(now, tc, snap, out);
            } else {
                later.add(tc);
            }
        }
        for (TaskChange tc : later) {
            task(now, tc, snap, out);
        }
        return out;
    }

    private void service(Instant now, ServiceChange sc, List<ClusterNews> out) {
        if (sc.before() == null) {
            out.add(new ServiceCreated(now, sc.after()));
        } else if (sc.after() == null) {
            failovers.forgetService(sc.before().id());
            out.add(new ServiceRemoved(now, sc.before()));
        } else if (sc.before().version() != sc.after().version()
                || !sc.before().updateStatus().equals(sc.after().updateStatus())) {
            out.add(new ServiceUpdated(now, sc.before(), sc.after()));
        }
    }

    private static void node(Instant now, NodeChange nc, List<ClusterNews> out) {
        SwarmNode b = nc.before();
        SwarmNode a = nc.after();
        if (a == null || b == null) {
            out.add(a == null ? new NodeDown(now, b) : new NodeUpdated(now, null, a));
        } else if (b.isReady() && !a.isReady()) {
            out.add(new NodeDown(now, a));
        } else if (!b.isReady() && a.isReady()) {
            out.add(new NodeUp(now, a));
        } else if (b.version() != a.version()) {
            out.add(new NodeUpdated(now, b, a));
        }
    }

    private void task(Instant now, TaskChange tc, ClusterSnapshot snap, List<ClusterNews> out) {
        SwarmTask b = tc.before();
        SwarmTask a = tc.after();
        if (a == null) {
            out.add(new TaskRemoved(now, b, snap.serviceName(b.serviceId())));
            return;
        }
        String service = snap.serviceName(a.serviceId());
        String node = snap.nodeName(a.nodeId());
        if (b == null) {
            out.add(new TaskCreated(now, a, service, node));
        }
        boolean stateChanged = b == null || b.state() != a.state() || !Objects.equals(b.stateText(), a.stateText());
        if (becameFailed(tc, snap)) {
            String error = lostWithNode(tc, snap) ? "node " + node + " is down" : a.error();
            Instant at = a.state().isFailure() && a.statusAt() != null ? a.statusAt() : now;
            failovers.failed(a, at, error);
            out.add(new TaskFailed(now, a, service, node));
        } else if (a.isRunning() && stateChanged) {
            out.add(new TaskRunning(now, a, service, node));
            failovers.running(a, service).ifPresent(r -> out.add(new FailoverCompleted(now, r)));
        } else if (b != null && (stateChanged || !b.desiredState().equals(a.desiredState()))) {
            out.add(new TaskStateChanged(now, b, a, service, node));
        }
    }

    /** A task that just failed, or that was running on a node that went down and is being replaced. */
    private static boolean becameFailed(TaskChange tc, ClusterSnapshot snap) {
        SwarmTask b = tc.before();
        SwarmTask a = tc.after();
        if (a.state().isFailure()) {
            return b == null ? a.statusAt() != null : !b.state().isFailure();
        }
        return lostWithNode(tc, snap);
    }

    private static boolean lostWithNode(TaskChange tc, ClusterSnapshot snap) {
        SwarmTask b = tc.before();
        SwarmTask a = tc.after();
        if (b == null || !b.desiredRunning() || a.desiredRunning() || a.state().isFailure()) {
            return false;
        }
        SwarmNode n = snap.nodes().get(a.nodeId());
        return n != null && !n.isReady();
    }
}
