package dev.swarmdesk.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A failed task and the task that took its place.
 *
 * @param failedAt when the engine marked the old task failed (or when its node went down)
 * @param replacementCreatedAt when the engine created the replacement task
 * @param replacementRunningAt when the replacement reached running
 */
public record FailoverRecord(
        String serviceId,
        String serviceName,
        String slotKey,
        String failedTaskId,
        String failedNodeId,
        String error,
        String replacementTaskId,
        String replacementNodeId,
        Instant failedAt,
        Instant replacementCreatedAt,
        Instant replacementRunningAt) {

    /** From failure to the replacement running: what the service was short for. */
    public Duration recoveryTime() {
        return Duration.between(failedAt, replacementRunningAt);
    }
}
