package dev.swarmdesk.listing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One slot of a service (or one node, for a global service): the task that holds it now and the
 * tasks it replaced, newest first, with a crash-loop mark when it keeps failing.
 *
 * @param crashLoop at least {@link #CRASH_LOOP_FAILURES} failures within {@link #CRASH_LOOP_WINDOW}
 */
public record SlotHistory(String name, TaskLine current, List<TaskLine> previous, int recentFailures,
                          boolean crashLoop) {

    public static final int CRASH_LOOP_FAILURES = 3;
    public static final Duration CRASH_LOOP_WINDOW = Duration.ofMinutes(10);

    public SlotHistory {
        previous = List.copyOf(previous);
    }

    /**
     * Groups lines in `service ps` order (by name, newest first within a name) into slots.
     */
    public static List<SlotHistory> of(List<TaskLine> ordered, Instant now) {
        List<SlotHistory> out = new ArrayList<>();
        int i = 0;
        while (i < ordered.size()) {
            String name = ordered.get(i).name();
            int j = i;
            while (j < ordered.size() && ordered.get(j).name().equals(name)) {
                j++;
            }
            List<TaskLine> slot = ordered.subList(i, j);
            int failures = (int) slot.stream().filter(l -> l.failed() && l.since() != null
                    && Duration.between(l.since(), now).compareTo(CRASH_LOOP_WINDOW) <= 0).count();
            out.add(new SlotHistory(name, slot.get(0), slot.subList(1, slot.size()), failures,
                    failures >= CRASH_LOOP_FAILURES));
            i = j;
        }
        return out;
    }
}
