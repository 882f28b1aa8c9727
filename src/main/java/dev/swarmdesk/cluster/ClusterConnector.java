package dev.swarmdesk.cluster;

/**
 * Opens a {@link ClusterSource} on a reachable manager. Implementations that know several
 * managers of one cluster try them in turn, so a reconnect is also a manager fail-over.
 */
@FunctionalInterface
public interface ClusterConnector {

    /** @throws ClusterAccessException when no manager answers, with the reason */
    ClusterSource connect();
}
