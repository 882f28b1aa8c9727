package dev.swarmdesk.cli;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.engine.endpoint.EndpointException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Helpers for commands that connect, read once and print. */
final class OneShot {

    private OneShot() {
    }

    static ClusterSource connect(ConnectorFactory factory, ConnectionFlags flags) throws EndpointException {
        return factory.open(flags.toOptions()).connect();
    }

    static ClusterSnapshot snapshot(List<SwarmNode> nodes, List<SwarmService> services, List<SwarmTask> tasks) {
        return new ClusterSnapshot(byId(nodes, SwarmNode::id), byId(services, SwarmService::id),
                byId(tasks, SwarmTask::id), ConnectionStatus.IDLE);
    }

    private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity(), (a, b) -> b));
    }
}
