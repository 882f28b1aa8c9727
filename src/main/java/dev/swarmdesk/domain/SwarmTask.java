package dev.swarmdesk.domain;

import java.time.Instant;
import java.util.List;

/**
 * One task of a service. Keeps what is needed to explain a failure and to link it to its
 * replacement: the slot (or node, for global services), error text, exit code and times.
 *
 * @param slot the replica slot, 0 for global services (their tasks are keyed by node)
 * @param stateText the engine's own word for the state, kept even when {@link #state} is UNKNOWN
 * @param statusAt when the task entered its current state
 * @param exitCode the container's exit code, or null when it has not exited
 * @param ports ports the task publishes in host mode
 */
public record SwarmTask(
        String id,
        long version,
        String serviceId,
        long slot,
        String nodeId,
        String desiredState,
        TaskState state,
        String stateText,
        String message,
        String error,
        Integer exitCode,
        String containerId,
        String image,
        boolean hasHealthcheck,
        List<PublishedPort> ports,
        Instant createdAt,
        Instant statusAt) {

    public SwarmTask {
        ports = List.copyOf(ports);
    }

    /** Tasks that replace each other share this key: slot for replicated, node for global. */
    public String slotKey() {
        return serviceId + "/" + (slot != 0 ? Long.toString(slot) : nodeId);
    }

    public boolean isRunning() {
        return state == TaskState.RUNNING;
    }

    public boolean desiredRunning() {
        return "running".equals(desiredState) || "ready".equals(desiredState);
    }
}
