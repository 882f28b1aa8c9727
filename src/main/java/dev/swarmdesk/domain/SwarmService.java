package dev.swarmdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A swarm service: the parts of its spec and state that SwarmDesk shows and reasons about.
 * Changes to a service are never written from this record: they are read-modify-write
 * operations on the engine's raw spec, so fields SwarmDesk does not model survive.
 *
 * @param maxReplicasPerNode placement max replicas per node, 0 when unset
 * @param hasHealthcheck whether the container spec defines a health check (not "NONE")
 */
public record SwarmService(
        String id,
        long version,
        String name,
        ServiceMode mode,
        String image,
        Map<String, String> labels,
        List<PublishedPort> ports,
        long maxReplicasPerNode,
        boolean hasHealthcheck,
        UpdateStatus updateStatus,
        TaskCounts counts,
        Instant createdAt,
        Instant updatedAt) {

    public SwarmService {
        labels = Map.copyOf(labels);
        ports = List.copyOf(ports);
    }

    /** The stack this service belongs to, from the label the docker CLI sets, or "". */
    public String stack() {
        return labels.getOrDefault("com.docker.stack.namespace", "");
    }

    public SwarmService withCounts(TaskCounts newCounts) {
        return new SwarmService(id, version, name, mode, image, labels, ports, maxReplicasPerNode,
                hasHealthcheck, updateStatus, newCounts, createdAt, updatedAt);
    }
}
