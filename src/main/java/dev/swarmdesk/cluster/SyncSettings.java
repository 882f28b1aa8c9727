package dev.swarmdesk.cluster;

import java.time.Duration;

/**
 * How often the sync looks. The Engine API has no task events, so tasks are polled: services
 * that are short of tasks, updating or just touched are "hot" and polled every fast tick; the
 * whole task list is re-read every slow interval as a safety net.
 *
 * @param fastTick the heartbeat: service counts, plus the tasks of hot services
 * @param hotFor how long a service stays hot after anything about it changed
 * @param fullTasksEvery full task list period
 * @param nodesEvery node list period (node events also trigger a read)
 * @param maxBackoff the longest wait between reconnect attempts
 */
public record SyncSettings(Duration fastTick, Duration hotFor, Duration fullTasksEvery, Duration nodesEvery,
                           Duration maxBackoff) {

    public static SyncSettings defaults() {
        return new SyncSettings(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(3), Duration.ofSeconds(2));
    }
}
