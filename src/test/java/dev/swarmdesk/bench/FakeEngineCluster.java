package dev.swarmdesk.bench;

import dev.swarmdesk.cluster.EngineSignal;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The fake engine's cluster, changed the way a busy swarm changes: a running task of a
 * replicated service fails (desired shutdown, exit 137) and a replacement is created in the same
 * slot on another node in state preparing (two task changes, three when the slot's oldest history
 * task is pruned, which keeps the task count steady); 200-800 ms later the replacement runs (one
 * change). The manager's running counts follow. Container events are emitted for tasks on the
 * local node only, as a manager sees them. Thread-safe: the sync reads while the churn writes.
 */
final class FakeEngineCluster {

    private record Starting(String serviceId, String taskId, long dueNanos) { }

    private final Object lock = new Object();
    private final Random random;
    private final List<SwarmNode> nodes;
    private final Map<String, SwarmService> services;
    private final Map<String, List<SwarmTask>> tasks;
    private final List<String> replicated;
    private final PriorityQueue<Starting> starting = new PriorityQueue<>(Comparator.comparingLong(Starting::dueNanos));
    private final List<Consumer<EngineSignal>> listeners = new CopyOnWriteArrayList<>();
    private long nextVersion = 200_000;
    private int taskCount;

    FakeEngineCluster(long seed, int nodeCount, int serviceCount, int taskCount) {
        FakeEngineFixtures.Cluster c = FakeEngineFixtures.generate(seed, nodeCount, serviceCount, taskCount);
        this.random = new Random(seed + 1);
        this.nodes = c.nodes();
        this.services = c.services();
        this.tasks = c.tasks();
        this.replicated = services.values().stream().filter(s -> "replicated".equals(s.mode().kind()))
                .map(SwarmService::id).toList();
        this.taskCount = tasks.values().stream().mapToInt(List::size).sum();
    }

    String localNodeId() {
        return nodes.get(0).id();
    }

    List<SwarmNode> nodes() {
        return nodes;
    }

    List<SwarmService> services() {
        synchronized (lock) {
            return List.copyOf(services.values());
        }
    }

    /** The tasks of the given services, or all tasks when none are given (as GET /tasks filters). */
    List<SwarmTask> tasks(Collection<String> serviceIds) {
        synchronized (lock) {
            List<SwarmTask> out = new ArrayList<>(serviceIds.isEmpty() ? taskCount : serviceIds.size() * 8);
            for (String id : serviceIds.isEmpty() ? tasks.keySet() : serviceIds) {
                out.addAll(tasks.getOrDefault(id, List.of()));
            }
            return out;
        }
    }

    int taskCount() {
        synchronized (lock) {
            return taskCount;
        }
    }

    AutoCloseable onSignal(Consumer<EngineSignal> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Makes about {@code budget} task changes (a failure makes two or three); returns how many. */
    int change(int budget, long nowNanos) {
        List<EngineSignal> signals = new ArrayList<>();
        int made = 0;
        synchronized (lock) {
            while (made < budget) {
                Starting due = starting.peek();
                if (due != null && due.dueNanos() - nowNanos <= 0) {
                    made += start(starting.poll(), signals);
                } else {
                    int m = fail(nowNanos, signals);
                    if (m == 0) {
                        break;
                    }
                    made += m;
                }
            }
        }
        signals.forEach(s -> listeners.forEach(l -> l.accept(s)));
        return made;
    }

    private int fail(long nowNanos, List<EngineSignal> signals) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String sid = replicated.get(random.nextInt(replicated.size()));
            List<SwarmTask> ts = tasks.get(sid);
            List<Integer> running = new ArrayList<>();
            for (int i = 0; i < ts.size(); i++) {
                if (ts.get(i).isRunning() && ts.get(i).desiredRunning()) {
                    running.add(i);
                }
            }
            if (running.isEmpty()) {
                continue;
            }
            int index = running.get(random.nextInt(running.size()));
            SwarmTask v = ts.get(index);
            Instant now = Instant.now();
            ts.set(index, new SwarmTask(v.id(), nextVersion++, sid, v.slot(), v.nodeId(), "shutdown", TaskState.FAILED,
                    "failed", "started", "task: non-zero exit (137)", 137, v.containerId(), v.image(),
                    v.hasHealthcheck(), List.of(), v.createdAt(), now));
            String node = otherNode(v.nodeId());
            SwarmTask replacement = new SwarmTask(FakeEngineIds.taskId(random), nextVersion++, sid, v.slot(), node,
                    "running", TaskState.PREPARING, "preparing", "preparing", "", null, "", v.image(),
                    v.hasHealthcheck(), List.of(), now, now);
            ts.add(replacement);
            taskCount++;
            long due = nowNanos + 200_000_000L + random.nextInt(600) * 1_000_000L;
            starting.add(new Starting(sid, replacement.id(), due));
            int changes = 2 + prune(ts, v);
            recount(sid);
            if (v.nodeId().equals(localNodeId())) {
                signals.add(new EngineSignal("container", "die", v.containerId(),
                        Map.of("com.docker.swarm.service.id", sid, "com.docker.swarm.task.id", v.id(),
                                "exitCode", "137"), now));
            }
            return changes;
        }
        return 0;
    }

    /** Removes the oldest ended task of the failed task's slot, if the slot has one besides it. */
    private int prune(List<SwarmTask> ts, SwarmTask failed) {
        SwarmTask oldest = null;
        for (SwarmTask t : ts) {
            if (t.slot() == failed.slot() && !t.id().equals(failed.id()) && t.state().isTerminal()
                    && (oldest == null || t.createdAt().isBefore(oldest.createdAt()))) {
                oldest = t;
            }
        }
        if (oldest == null) {
            return 0;
        }
        ts.remove(oldest);
        taskCount--;
        return 1;
    }

    private int start(Starting s, List<EngineSignal> signals) {
        List<SwarmTask> ts = tasks.get(s.serviceId());
        for (int i = 0; i < ts.size(); i++) {
            SwarmTask t = ts.get(i);
            if (t.id().equals(s.taskId()) && t.state() == TaskState.PREPARING) {
                Instant now = Instant.now();
                String container = FakeEngineIds.hex(random, 64);
                ts.set(i, new SwarmTask(t.id(), nextVersion++, t.serviceId(), t.slot(), t.nodeId(), "running",
                        TaskState.RUNNING, "running", "started", "", null, container, t.image(), t.hasHealthcheck(),
                        List.of(), t.createdAt(), now));
                recount(s.serviceId());
                if (t.nodeId().equals(localNodeId())) {
                    signals.add(new EngineSignal("container", "start", container,
                            Map.of("com.docker.swarm.service.id", t.serviceId(), "com.docker.swarm.task.id", t.id()),
                            now));
                }
                return 1;
            }
        }
        return 0;
    }

    private void recount(String serviceId) {
        SwarmService s = services.get(serviceId);
        services.put(serviceId, s.withCounts(FakeEngineFixtures.counts(s, tasks.get(serviceId), nodes.size())));
    }

    private String otherNode(String nodeId) {
        String n;
        do {
            n = nodes.get(random.nextInt(nodes.size())).id();
        } while (n.equals(nodeId) && nodes.size() > 1);
        return n;
    }
}
