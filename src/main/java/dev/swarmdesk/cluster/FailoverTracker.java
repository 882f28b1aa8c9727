package dev.swarmdesk.cluster;

import dev.swarmdesk.domain.FailoverRecord;
import dev.swarmdesk.domain.SwarmTask;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Links each failed task to the task that replaces it in the same slot (or on the same node,
 * for global services) and measures the recovery. Not thread-safe: fed by one listener.
 */
final class FailoverTracker {

    private record Failure(SwarmTask task, Instant at, String error) { }

    private final Map<String, Failure> pending = new HashMap<>();

    /** A task of the slot failed (or was lost with its node) at {@code at}. */
    void failed(SwarmTask task, Instant at, String error) {
        pending.put(task.slotKey(), new Failure(task, at, error));
    }

    /** A task reached running: if it replaces a failure in its slot, the failover is complete. */
    Optional<FailoverRecord> running(SwarmTask task, String serviceName) {
        Failure f = pending.get(task.slotKey());
        if (f == null || f.task().id().equals(task.id())) {
            return Optional.empty();
        }
        pending.remove(task.slotKey());
        Instant runningAt = task.statusAt() == null ? Instant.now() : task.statusAt();
        return Optional.of(new FailoverRecord(task.serviceId(), serviceName, task.slotKey(),
                f.task().id(), f.task().nodeId(), f.error(), task.id(), task.nodeId(),
                f.at(), task.createdAt(), runningAt));
    }

    void forgetService(String serviceId) {
        pending.keySet().removeIf(k -> k.startsWith(serviceId + "/"));
    }
}
