package dev.swarmdesk.listing;

import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A service's health in one line: how many of its tasks that should run are running (healthy,
 * when the service has a health check: Swarm holds a task in "starting" until it is healthy),
 * starting, or failed recently.
 */
public record HealthSummary(long running, long starting, long failedRecently, boolean healthChecked) {

    public static final Duration RECENT = Duration.ofMinutes(10);

    public static HealthSummary of(Collection<SwarmTask> tasks, boolean healthChecked, Instant now) {
        long running = 0;
        long starting = 0;
        long failed = 0;
        for (SwarmTask t : tasks) {
            if (t.state().isFailure() && t.statusAt() != null
                    && Duration.between(t.statusAt(), now).compareTo(RECENT) <= 0) {
                failed++;
            } else if (t.desiredRunning() && t.state() == TaskState.RUNNING) {
                running++;
            } else if (t.desiredRunning() && t.state().isStarting()) {
                starting++;
            }
        }
        return new HealthSummary(running, starting, failed, healthChecked);
    }

    /** e.g. "3 healthy · 1 starting · 2 failed/10m". */
    public String text() {
        List<String> parts = new ArrayList<>();
        parts.add(running + (healthChecked ? " healthy" : " running"));
        if (starting > 0) {
            parts.add(starting + " starting");
        }
        if (failedRecently > 0) {
            parts.add(failedRecently + " failed/" + RECENT.toMinutes() + "m");
        }
        return String.join(" · ", parts);
    }

    /**
     * Failing again and again lately (as many failures as make a crash loop): one failure, say
     * from a node restart, is history; several are a problem to look at.
     */
    public boolean troubled() {
        return failedRecently >= SlotHistory.CRASH_LOOP_FAILURES;
    }
}
