package dev.swarmdesk.ui.timeline;

import dev.swarmdesk.cluster.ClusterNews;
import dev.swarmdesk.cluster.ClusterNews.FailoverCompleted;
import dev.swarmdesk.cluster.ClusterNews.NodeDown;
import dev.swarmdesk.cluster.ClusterNews.NodeUp;
import dev.swarmdesk.cluster.ClusterNews.ServiceRemoved;
import dev.swarmdesk.cluster.ClusterNews.ServiceUpdated;
import dev.swarmdesk.cluster.ClusterNews.TaskFailed;
import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.domain.FailoverRecord;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.fx.ModelUpdate;
import dev.swarmdesk.ui.shell.NewsWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The failures, failovers and node outages seen since SwarmDesk started, newest first and
 * bounded. It follows the bridge for as long as the app runs, so the timeline keeps its history
 * while its tab is hidden. A failure's entry is completed in place (keyed by the failed task's id)
 * when its replacement runs. FX thread only; needs no running toolkit.
 */
public final class TimelineHistory implements Consumer<ModelUpdate> {

    public static final int DEFAULT_CAPACITY = 5_000;

    private final int capacity;
    private final ObservableList<TimelineRow> rows =
            FXCollections.observableArrayList(r -> new Observable[] {r.whatProperty(), r.outcomeProperty()});
    private final ObservableList<TimelineRow> readOnly = FXCollections.unmodifiableObservableList(rows);
    private final Map<String, TimelineRow> byFailedTask = new HashMap<>();
    private final Map<String, TimelineRow> recoveringBySlot = new HashMap<>();
    private final List<Consumer<List<TimelineRow>>> entryListeners = new ArrayList<>();
    private long nodeEntries;

    public TimelineHistory() {
        this(DEFAULT_CAPACITY);
    }

    public TimelineHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** A history that follows the bridge from now on. Call on the FX thread. */
    public static TimelineHistory following(FxModelBridge bridge) {
        TimelineHistory history = new TimelineHistory();
        bridge.subscribe(history);
        return history;
    }

    /** Newest first; rows change in place (an extractor reports what and outcome changes). */
    public ObservableList<TimelineRow> rows() {
        return readOnly;
    }

    /** Forgets every entry: for switching to another cluster, whose history this is not. */
    public void clear() {
        rows.clear();
        byFailedTask.clear();
        recoveringBySlot.clear();
    }

    /** Called once per hand-off with the entries it added (for notifications). */
    void addEntryListener(Consumer<List<TimelineRow>> listener) {
        entryListeners.add(listener);
    }

    @Override
    public void accept(ModelUpdate update) {
        if (update.news().isEmpty()) {
            return;
        }
        List<TimelineRow> added = new ArrayList<>();
        for (ClusterNews n : update.news()) {
            TimelineRow row = entryFor(n, update.snapshot());
            if (row != null) {
                insert(row);
                added.add(row);
            }
        }
        trim();
        if (!added.isEmpty()) {
            List<TimelineRow> copy = List.copyOf(added);
            entryListeners.forEach(l -> l.accept(copy));
        }
    }

    private TimelineRow entryFor(ClusterNews n, ClusterSnapshot snap) {
        if (n instanceof TaskFailed f) {
            return failed(f);
        } else if (n instanceof FailoverCompleted c) {
            return completed(c.record(), snap);
        } else if (n instanceof NodeDown d) {
            return nodeEntry(TimelineKind.NODE_DOWN, n, d.node().hostname(), nodeDownText(d.node()));
        } else if (n instanceof NodeUp u) {
            return nodeEntry(TimelineKind.NODE_UP, n, u.node().hostname(), "Node up");
        } else if (n instanceof ServiceRemoved r) {
            giveUp(row -> row.serviceId().equals(r.service().id()), "service removed");
        } else if (n instanceof ServiceUpdated u) {
            SwarmService after = u.after();
            if (!after.mode().isGlobal() && !after.mode().isJob()) {
                giveUp(row -> row.serviceId().equals(after.id()) && row.slotNumber() > after.mode().replicas(),
                        "scaled down");
            }
        }
        return null;
    }

    private TimelineRow failed(TaskFailed f) {
        SwarmTask t = f.task();
        String what = failureText(t, f.nodeName());
        TimelineRow known = byFailedTask.get(t.id());
        if (known != null) {
            known.failedAgain(what, t.exitCode());
            return null;
        }
        TimelineRow earlier = recoveringBySlot.get(t.slotKey());
        if (earlier != null) {
            // the engine tracks one failure per slot: the earlier one will never be completed
            earlier.complete(Outcome.gaveUp("replacement failed too"));
        }
        var at = t.state().isFailure() && t.statusAt() != null ? t.statusAt() : f.seenAt();
        TimelineRow row = new TimelineRow(t.id(), TimelineKind.FAILURE, at, t.serviceId(), f.serviceName(),
                t.slotKey(), t.slot(), f.nodeName(), what, t.exitCode(), NewsWords.describe(f), Outcome.RECOVERING);
        byFailedTask.put(t.id(), row);
        recoveringBySlot.put(t.slotKey(), row);
        return row;
    }

    /** The engine's error, else why the task is gone: its node went down, or the engine's word. */
    static String failureText(SwarmTask t, String nodeName) {
        if (!t.error().isEmpty()) {
            return t.error();
        } else if (!t.state().isFailure()) {
            return "node " + nodeName + " is down";
        }
        return t.message().isEmpty() ? t.stateText() : t.message();
    }

    private TimelineRow completed(FailoverRecord r, ClusterSnapshot snap) {
        Outcome outcome = Outcome.recovered(r, snap.nodeName(r.replacementNodeId()));
        TimelineRow row = byFailedTask.get(r.failedTaskId());
        if (row != null) {
            row.failedAgain(row.what().isEmpty() ? r.error() : "", null);
            row.complete(outcome);
            recoveringBySlot.remove(r.slotKey(), row);
            return null;
        }
        // the failure itself was not seen (or was dropped by the bound): the record has it all
        long slot = slotOf(r);
        String node = snap.nodeName(r.failedNodeId());
        String summary = r.serviceName() + "." + (slot != 0 ? slot : TimelineText.shortId(r.failedNodeId()))
                + " failed on " + node + (r.error().isEmpty() ? "" : ": " + r.error());
        row = new TimelineRow(r.failedTaskId(), TimelineKind.FAILURE, r.failedAt(), r.serviceId(), r.serviceName(),
                r.slotKey(), slot, node, r.error(), null, summary, outcome);
        byFailedTask.put(r.failedTaskId(), row);
        return row;
    }

    private static long slotOf(FailoverRecord r) {
        String tail = r.slotKey().substring(r.slotKey().indexOf('/') + 1);
        try {
            return Long.parseLong(tail);
        } catch (NumberFormatException globalServiceNodeId) {
            return 0;
        }
    }

    private TimelineRow nodeEntry(TimelineKind kind, ClusterNews n, String hostname, String what) {
        return new TimelineRow("node-" + (++nodeEntries), kind, n.seenAt(), "", "", "", 0, hostname, what, null,
                NewsWords.describe(n), Outcome.NONE);
    }

    /** "Node down", or the engine's other word for it ("unknown", "disconnected"), or that it left. */
    static String nodeDownText(SwarmNode node) {
        if (node.isReady()) {
            return "Node removed from the swarm";
        }
        return "down".equals(node.state()) ? "Node down" : "Node down (" + node.state() + ")";
    }

    private void giveUp(Predicate<TimelineRow> which, String note) {
        recoveringBySlot.values().removeIf(row -> {
            if (which.test(row)) {
                row.complete(Outcome.gaveUp(note));
                return true;
            }
            return false;
        });
    }

    /** Keeps the list newest first by time; among equal times the latest news goes first. */
    private void insert(TimelineRow row) {
        int i = 0;
        while (i < rows.size() && row.time().isBefore(rows.get(i).time())) {
            i++;
        }
        rows.add(i, row);
    }

    private void trim() {
        if (rows.size() <= capacity) {
            return;
        }
        List<TimelineRow> dropped = rows.subList(capacity, rows.size());
        for (TimelineRow r : dropped) {
            byFailedTask.remove(r.key(), r);
            recoveringBySlot.remove(r.slotKey(), r);
        }
        rows.remove(capacity, rows.size());
    }
}
