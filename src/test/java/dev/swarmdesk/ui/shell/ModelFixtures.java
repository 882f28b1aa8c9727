package dev.swarmdesk.ui.shell;

import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.domain.UpdateStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small hand-made model objects for view tests that need no engine. */
final class ModelFixtures {

    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private ModelFixtures() {
    }

    static SwarmNode node(String id, String hostname) {
        return new SwarmNode(id, 1, hostname, "worker", "active", "ready", "10.0.0.1", false, "", "20.10.24",
                2_000_000_000L, 1L << 30, Map.of(), T0);
    }

    static SwarmService service(String id, String name, long running, long desired) {
        return new SwarmService(id, 1, name, new ServiceMode(ServiceMode.REPLICATED, desired, 0), "lab/busybox:1",
                Map.of(), List.of(), 0, false, UpdateStatus.NONE, new TaskCounts(running, desired, 0), T0, T0);
    }

    /** Tasks are created in the order of their number: "t3" after "t2". */
    static SwarmTask task(String id, String serviceId, long slot, String nodeId, TaskState state, String error) {
        Instant created = T0.plusSeconds(Long.parseLong(id.replaceAll("\\D", "")));
        return new SwarmTask(id, 1, serviceId, slot, nodeId, "running", state, state.name().toLowerCase(), "",
                error, state == TaskState.FAILED ? 137 : null, "c-" + id, "lab/busybox:1", false, List.of(),
                created, created);
    }
}
