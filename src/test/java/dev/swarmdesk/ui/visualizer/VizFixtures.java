package dev.swarmdesk.ui.visualizer;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.domain.UpdateStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Hand-made model objects for the visualizer's tests. */
final class VizFixtures {

    static final Instant NOW = Instant.parse("2026-11-21T08:10:00Z");
    static final String NGINX = "docker.io/library/nginx:1.25@sha256:0123456789abcdef0123456789abcdef";
    static final String API = "registry.example.com:5000/team/api:2.1";

    private VizFixtures() {
    }

    static SwarmNode node(String id, String hostname, String state, String availability) {
        boolean manager = hostname.startsWith("mgr");
        return new SwarmNode(id, 1, hostname, manager ? "manager" : "worker", availability, state, "10.0.0.1",
                hostname.equals("mgr-1"), manager ? "reachable" : "", "24.0.7", 2_000_000_000L, 1L << 31, Map.of(), NOW);
    }

    static SwarmNode node(String id, String hostname) {
        return node(id, hostname, "ready", "active");
    }

    static SwarmService service(String id, String name, String image) {
        return new SwarmService(id, 1, name, new ServiceMode(ServiceMode.REPLICATED, 3, 0), image, Map.of(),
                List.of(), 0, false, UpdateStatus.NONE, new TaskCounts(3, 3, 0), NOW, NOW);
    }

    /** A task wanted running, in {@code state} since {@code ago} seconds before {@link #NOW}. */
    static SwarmTask task(String id, String serviceId, long slot, String nodeId, TaskState state, String image) {
        return task(id, serviceId, slot, nodeId, "running", state, "", image, 5);
    }

    static SwarmTask task(String id, String serviceId, long slot, String nodeId, String desired, TaskState state,
                          String error, String image, long ago) {
        Instant at = NOW.minusSeconds(ago);
        return new SwarmTask(id, 1, serviceId, slot, nodeId, desired, state, state.name().toLowerCase(Locale.ROOT),
                "", error, state.isFailure() ? 1 : null, "c-" + id, image, false, List.of(), at.minusSeconds(3), at);
    }

    static ClusterSnapshot snapshot(Collection<SwarmNode> nodes, Collection<SwarmService> services,
                                    Collection<SwarmTask> tasks) {
        return new ClusterSnapshot(nodes.stream().collect(Collectors.toMap(SwarmNode::id, Function.identity())),
                services.stream().collect(Collectors.toMap(SwarmService::id, Function.identity())),
                tasks.stream().collect(Collectors.toMap(SwarmTask::id, Function.identity())), ConnectionStatus.IDLE);
    }
}
