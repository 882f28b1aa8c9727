package dev.swarmdesk.ui.timeline;

import dev.swarmdesk.cluster.ClusterNews;
import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.domain.FailoverRecord;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/** Hand-made model objects and news for the timeline's tests. */
final class TimelineFixtures {

    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    static final String KILLED = "task: non-zero exit (137)";

    static final SwarmNode ALPHA = node("n1", "lab-worker-1", "ready");
    static final SwarmNode BETA = node("n2", "lab-worker-2", "ready");
    static final SwarmService WEB = service("s1", "web", 2);
    static final SwarmService API = service("s2", "api", 1);
    static final ClusterSnapshot SNAPSHOT = snapshot(List.of(ALPHA, BETA), List.of(WEB, API), List.of());

    private TimelineFixtures() {
    }

    static SwarmNode node(String id, String hostname, String state) {
        return new SwarmNode(id, 1, hostname, "worker", "active", state, "10.0.0.1", false, "", "20.10.24",
                2_000_000_000L, 1L << 30, Map.of(), T0);
    }

    static SwarmService service(String id, String name, long replicas) {
        return new SwarmService(id, 1, name, new ServiceMode(ServiceMode.REPLICATED, replicas, 0), "lab/busybox:1",
                Map.of(), List.of(), 0, false, UpdateStatus.NONE, new TaskCounts(replicas, replicas, 0), T0, T0);
    }

    /** A task whose current state began at {@code statusAt}; failed tasks exit with 137. */
    static SwarmTask task(String id, String serviceId, long slot, String nodeId, TaskState state, String error,
                          Instant statusAt) {
        String desired = state.isFailure() ? "shutdown" : "running";
        return new SwarmTask(id, 1, serviceId, slot, nodeId, desired, state, state.name().toLowerCase(), "",
                error, state == TaskState.FAILED ? 137 : null, "c-" + id, "lab/busybox:1", false, List.of(),
                statusAt.minusMillis(200), statusAt);
    }

    static ClusterNews.TaskFailed failed(String taskId, SwarmService service, long slot, SwarmNode node,
                                         Instant at) {
        return new ClusterNews.TaskFailed(at, task(taskId, service.id(), slot, node.id(), TaskState.FAILED, KILLED, at),
                service.name(), node.hostname());
    }

    static ClusterNews.FailoverCompleted completed(String failedId, String replacementId, SwarmService service,
                                                   long slot, SwarmNode from, SwarmNode to, Instant failedAt,
                                                   long recoveryMillis) {
        Instant running = failedAt.plusMillis(recoveryMillis);
        return new ClusterNews.FailoverCompleted(running, new FailoverRecord(service.id(), service.name(),
                service.id() + "/" + slot, failedId, from.id(), KILLED, replacementId, to.id(), failedAt,
                failedAt.plusMillis(100), running));
    }

    static ClusterSnapshot snapshot(List<SwarmNode> nodes, List<SwarmService> services, List<SwarmTask> tasks) {
        return new ClusterSnapshot(byId(nodes, SwarmNode::id), byId(services, SwarmService::id),
                byId(tasks, SwarmTask::id), ConnectionStatus.IDLE);
    }

    static ModelUpdate update(ClusterNews... news) {
        return new ModelUpdate(List.of(), List.of(news), SNAPSHOT);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
