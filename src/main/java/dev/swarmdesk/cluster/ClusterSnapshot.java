package dev.swarmdesk.cluster;

import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An immutable picture of the cluster at one moment; maps are keyed by object id.
 *
 * @param tasksByService the same tasks grouped by service id (kept by the store from its changes)
 */
public record ClusterSnapshot(
        Map<String, SwarmNode> nodes,
        Map<String, SwarmService> services,
        Map<String, SwarmTask> tasks,
        Map<String, List<SwarmTask>> tasksByService,
        ConnectionStatus connection) {

    public static final ClusterSnapshot EMPTY =
            new ClusterSnapshot(Map.of(), Map.of(), Map.of(), ConnectionStatus.IDLE);

    /** A snapshot whose task index is built here, by one pass over the tasks. */
    public ClusterSnapshot(Map<String, SwarmNode> nodes, Map<String, SwarmService> services,
                           Map<String, SwarmTask> tasks, ConnectionStatus connection) {
        this(nodes, services, tasks, TaskIndex.of(tasks.values()), connection);
    }

    /** One service's tasks by slot, then age; costs the size of that service, not of the cluster. */
    public List<SwarmTask> tasksOf(String serviceId) {
        return tasksByService.getOrDefault(serviceId, List.of()).stream()
                .sorted(Comparator.comparingLong(SwarmTask::slot).thenComparing(SwarmTask::createdAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    public String serviceName(String serviceId) {
        SwarmService s = services.get(serviceId);
        return s == null ? serviceId : s.name();
    }

    /** The node's hostname, or its id when the node is unknown (as `docker service ps` does). */
    public String nodeName(String nodeId) {
        if (nodeId == null || nodeId.isEmpty()) {
            return "";
        }
        SwarmNode n = nodes.get(nodeId);
        return n == null ? nodeId : n.hostname();
    }
}
