package dev.swarmdesk.domain;

import java.time.Instant;
import java.util.Map;

/**
 * A swarm node as the manager reports it. Text fields keep the engine's words
 * (e.g. state "ready", availability "drain") so a value from a newer engine survives.
 *
 * @param managerReachability "reachable", "unreachable" or "" for workers
 */
public record SwarmNode(
        String id,
        long version,
        String hostname,
        String role,
        String availability,
        String state,
        String address,
        boolean leader,
        String managerReachability,
        String engineVersion,
        long nanoCpus,
        long memoryBytes,
        Map<String, String> labels,
        Instant updatedAt) {

    public SwarmNode {
        labels = Map.copyOf(labels);
    }

    public boolean isManager() {
        return "manager".equals(role);
    }

    public boolean isReady() {
        return "ready".equals(state);
    }
}
