package dev.swarmdesk.ui.logs;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.cluster.LogLine;
import dev.swarmdesk.cluster.LogStream;
import dev.swarmdesk.domain.PublishedPort;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.domain.UpdateStatus;
import dev.swarmdesk.ui.fx.ModelUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A small cluster for the logs view: service web (2 replicas) and api (1), on two nodes. */
final class LogFixtures {

    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private LogFixtures() {
    }

    static ModelUpdate update(SwarmService... services) {
        Map<String, SwarmNode> nodes = Map.of("n1", node("n1", "lab-worker-1"), "n2", node("n2", "vm"));
        Map<String, SwarmTask> tasks = Map.of(
                "t1", task("t1", "s1", 1, "n1"), "t2", task("t2", "s1", 2, "n2"), "t3", task("t3", "s2", 1, "n1"));
        Map<String, SwarmService> byId = new java.util.HashMap<>();
        for (SwarmService s : services) {
            byId.put(s.id(), s);
        }
        return new ModelUpdate(List.of(), List.of(), new ClusterSnapshot(nodes, byId, tasks, ConnectionStatus.IDLE));
    }

    static ModelUpdate webAndApi() {
        return update(service("s1", "web"), service("s2", "api"));
    }

    static SwarmService service(String id, String name) {
        return new SwarmService(id, 1, name, new ServiceMode(ServiceMode.REPLICATED, 2, 0), "lab/busybox:1", Map.of(),
                List.<PublishedPort>of(), 0, false, UpdateStatus.NONE, new TaskCounts(2, 2, 0), T0, T0);
    }

    static SwarmNode node(String id, String hostname) {
        return new SwarmNode(id, 1, hostname, "worker", "active", "ready", "10.0.0.1", false, "", "20.10.24",
                2_000_000_000L, 1L << 30, Map.of(), T0);
    }

    static SwarmTask task(String id, String serviceId, long slot, String nodeId) {
        return new SwarmTask(id, 1, serviceId, slot, nodeId, "running", TaskState.RUNNING, "running", "", "", null,
                "c-" + id, "lab/busybox:1", false, List.of(), T0, T0);
    }

    static LogLine out(String task, String node, String text) {
        return new LogLine(T0, "s1", task, node, LogStream.STDOUT, text);
    }

    static LogLine err(String task, String node, String text) {
        return new LogLine(T0, "s1", task, node, LogStream.STDERR, text);
    }
}
