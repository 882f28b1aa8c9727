package dev.swarmdesk.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the timeline writes times, durations and ids. */
final class TimelineText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    private TimelineText() {
    }

    /** Local wall-clock time with milliseconds: failovers take a second or two. */
    static String time(Instant t, ZoneId zone) {
        return t == null ? "" : CLOCK.format(t.atZone(zone));
    }

    static String time(Instant t) {
        return time(t, ZoneId.systemDefault());
    }

    /** "1.24 s" under a minute, "3 min 05 s" above. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (Math.abs(ms) < 60_000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
        }
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, Math.abs(s % 60));
    }

    /** A task id the way `docker service ps` shows it. */
    static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }

    /** "task on node" for a recovered failure, "" otherwise. */
    static String replacement(Outcome o) {
        return o == null || o.replacementTaskId().isEmpty() ? ""
                : shortId(o.replacementTaskId()) + " on " + o.replacementNode();
    }
}
