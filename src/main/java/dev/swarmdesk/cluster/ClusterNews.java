package dev.swarmdesk.cluster;

import dev.swarmdesk.domain.FailoverRecord;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import java.time.Instant;

/**
 * What happened in the cluster, in words an operator cares about: derived from model changes
 * by {@link NewsFeed}. The `watch` command prints these; the GUI's timeline shows them.
 */
public sealed interface ClusterNews {

    /** When SwarmDesk saw it. */
    Instant seenAt();

    record ServiceCreated(Instant seenAt, SwarmService service) implements ClusterNews { }

    record ServiceUpdated(Instant seenAt, SwarmService before, SwarmService after) implements ClusterNews { }

    record ServiceRemoved(Instant seenAt, SwarmService service) implements ClusterNews { }

    record NodeDown(Instant seenAt, SwarmNode node) implements ClusterNews { }

    record NodeUp(Instant seenAt, SwarmNode node) implements ClusterNews { }

    record NodeUpdated(Instant seenAt, SwarmNode before, SwarmNode after) implements ClusterNews { }

    record TaskCreated(Instant seenAt, SwarmTask task, String serviceName, String nodeName) implements ClusterNews { }

    /** A task changed state but did not fail or start running (e.g. preparing, shutdown). */
    record TaskStateChanged(Instant seenAt, SwarmTask before, SwarmTask task, String serviceName, String nodeName)
            implements ClusterNews { }

    record TaskFailed(Instant seenAt, SwarmTask task, String serviceName, String nodeName) implements ClusterNews { }

    record TaskRunning(Instant seenAt, SwarmTask task, String serviceName, String nodeName) implements ClusterNews { }

    record TaskRemoved(Instant seenAt, SwarmTask task, String serviceName) implements ClusterNews { }

    record FailoverCompleted(Instant seenAt, FailoverRecord record) implements ClusterNews { }

    record ConnectionChanged(Instant seenAt, ConnectionStatus status) implements ClusterNews { }
}
