package dev.swarmdesk.cluster;

import dev.swarmdesk.domain.SwarmService;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which services' tasks need a fast look: those short of tasks, updating, whose
 * spec or counts just changed, or named by a container event. Not thread-safe: the sync's
 * single thread owns it.
 */
final class HotServices {

    private final long hotForNanos;
    private final Map<String, Long> hotUntil = new HashMap<>();
    private Map<String, SwarmService> last = Map.of();

    HotServices(long hotForNanos) {
        this.hotForNanos = hotForNanos;
    }

    void touch(String serviceId, long now) {
        hotUntil.put(serviceId, now + hotForNanos);
    }

    /** Feeds a fresh service list; returns the ids to poll now. */
    Set<String> update(Map<String, SwarmService> services, long now) {
        for (SwarmService s : services.values()) {
            SwarmService before = last.get(s.id());
            boolean changed = before == null || before.version() != s.version()
                    || !before.counts().equals(s.counts());
            if (changed || s.counts().shortOfTasks() || s.updateStatus().inProgress()) {
                touch(s.id(), now);
            }
        }
        last = services;
        hotUntil.keySet().retainAll(services.keySet());
        hotUntil.values().removeIf(until -> until - now < 0);
        return Set.copyOf(hotUntil.keySet());
    }

    Set<String> current(long now) {
        return hotUntil.entrySet().stream()
                .filter(e -> e.getValue() - now >= 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
