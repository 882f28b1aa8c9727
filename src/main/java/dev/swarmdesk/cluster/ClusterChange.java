package dev.swarmdesk.cluster;

import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;

/**
 * One change to the model. {@code before == null} means added, {@code after == null} removed.
 */
public sealed interface ClusterChange {

    record NodeChange(SwarmNode before, SwarmNode after) implements ClusterChange { }

    record ServiceChange(SwarmService before, SwarmService after) implements ClusterChange { }

    record TaskChange(SwarmTask before, SwarmTask after) implements ClusterChange { }

    record ConnectionChange(ConnectionStatus before, ConnectionStatus after) implements ClusterChange { }
}
