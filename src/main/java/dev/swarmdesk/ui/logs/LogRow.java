package dev.swarmdesk.ui.logs;

import java.time.Instant;

/**
 * One row of the logs list: a line of a container, or a notice about the stream itself (an
 * error, its end). A class, not a record: two equal lines are still two rows to the list.
 */
final class LogRow {

    private final Instant time;
    private final String source;
    private final int sourceColor;
    private final boolean stderr;
    private final boolean notice;
    private final String text;

    private LogRow(Instant time, String source, int sourceColor, boolean stderr, boolean notice, String text) {
        this.time = time;
        this.source = source;
        this.sourceColor = sourceColor;
        this.stderr = stderr;
        this.notice = notice;
        this.text = text;
    }

    /** @param source the task's name, or "" when only one task is shown */
    static LogRow line(Instant time, String source, int sourceColor, boolean stderr, String text) {
        return new LogRow(time, source, sourceColor, stderr, false, text);
    }

    static LogRow notice(String text) {
        return new LogRow(null, "", 0, false, true, text);
    }

    Instant time() {
        return time;
    }

    String source() {
        return source;
    }

    int sourceColor() {
        return sourceColor;
    }

    boolean stderr() {
        return stderr;
    }

    boolean notice() {
        return notice;
    }

    String text() {
        return text;
    }

    @Override
    public String toString() {
        return (source.isEmpty() ? "" : source + " | ") + text;
    }
}
