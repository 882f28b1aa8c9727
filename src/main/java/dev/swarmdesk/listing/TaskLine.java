package dev.swarmdesk.listing;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of `service ps`: the docker CLI's columns plus the raw facts behind them.
 *
 * @param name "service.slot", or "service.nodeId" for global services (the CLI's task name)
 * @param desiredState "Running", "Shutdown", ... as the CLI prints it
 * @param state the engine's state word, e.g. "failed"
 * @param error the engine's error text, whole and unquoted
 */
public record TaskLine(String id, String name, String image, String node, String desiredState, String state,
                       Instant since, String error, Integer exitCode, String ports, String serviceId, long slot,
                       String nodeId, String containerId) {

    /** Whether the task ended because something went wrong (the engine's failure states). */
    public boolean failed() {
        return TaskState.parse(state).isFailure();
    }

    /** "Running 5 seconds ago", as the CLI's CURRENT STATE column. */
    public String currentState(Instant now) {
        Duration age = since == null ? Duration.ZERO : Duration.between(since, now);
        return CliWords.pretty(state) + " " + CliWords.humanDuration(age).toLowerCase() + " ago";
    }

    public static TaskLine of(SwarmTask t, ClusterSnapshot snap) {
        String service = snap.serviceName(t.serviceId());
        String name = service + "." + (t.slot() != 0 ? Long.toString(t.slot()) : t.nodeId());
        String ports = t.ports().stream()
                .map(p -> "*:" + p.publishedPort() + "->" + p.targetPort() + "/" + p.protocol())
                .collect(Collectors.joining(","));
        return new TaskLine(t.id(), name, t.image(), snap.nodeName(t.nodeId()), CliWords.pretty(t.desiredState()),
                t.stateText(), t.statusAt(), t.error(), t.exitCode(), ports, t.serviceId(), t.slot(), t.nodeId(),
                t.containerId());
    }

    /**
     * In the CLI's order: by task name (naturally), newest first within a name, so a slot's
     * current task comes first and the tasks it replaced follow it.
     */
    public static List<TaskLine> of(Collection<SwarmTask> tasks, ClusterSnapshot snap) {
        record Row(TaskLine line, Instant createdAt) { }
        Comparator<Row> order = Comparator.comparing((Row r) -> r.line().name(), NaturalOrder.INSTANCE)
                .thenComparing(Row::createdAt, Comparator.nullsLast(Comparator.reverseOrder()));
        return tasks.stream()
                .map(t -> new Row(of(t, snap), t.createdAt()))
                .sorted(order)
                .map(Row::line)
                .toList();
    }
}
