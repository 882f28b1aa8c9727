package dev.swarmdesk.ui.nodes;

import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.domain.UpdateStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Hand-made model objects for the nodes view's tests. */
final class NodeFixtures {

    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    static final long GIB = 1L << 30;

    private NodeFixtures() {
    }

    static SwarmNode worker(String id, String hostname) {
        return worker(id, hostname, Map.of());
    }

    static SwarmNode worker(String id, String hostname, Map<String, String> labels) {
        return node(id, hostname, "worker", false, "", "ready", "active", 2_000_000_000L, 4 * GIB, labels);
    }

    static SwarmNode node(String id, String hostname, String role, boolean leader, String reachability,
                          String state, String availability, long nanoCpus, long memory, Map<String, String> labels) {
        return new SwarmNode(id, 1, hostname, role, availability, state, "10.0.0.1", leader, reachability,
                "24.0.7", nanoCpus, memory, labels, T0);
    }

    static SwarmService service(String id, String name) {
        return new SwarmService(id, 1, name, new ServiceMode(ServiceMode.REPLICATED, 1, 0), "lab/busybox:1",
                Map.of(), List.of(), 0, false, UpdateStatus.NONE, new TaskCounts(1, 1, 0), T0, T0);
    }

    static SwarmTask task(String id, String serviceId, long slot, String nodeId, TaskState state, String error) {
        String desired = state.isTerminal() ? "shutdown" : "running";
        return new SwarmTask(id, 1, serviceId, slot, nodeId, desired, state, state.name().toLowerCase(Locale.ROOT),
                "", error, state == TaskState.FAILED ? 137 : null, "c-" + id, "lab/busybox:1@sha256:0123", false,
                List.of(), T0, T0);
    }
}
