package dev.swarmdesk.ui.logs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** A line's time in local time: hours to milliseconds today, with the date on other days. */
final class LogTimes {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final ZoneId zone;
    private final LocalDate today;

    LogTimes(ZoneId zone, LocalDate today) {
        this.zone = zone;
        this.today = today;
    }

    static LogTimes now() {
        ZoneId zone = ZoneId.systemDefault();
        return new LogTimes(zone, LocalDate.now(zone));
    }

    String format(Instant time) {
        if (time == null) {
            return "";
        }
        ZonedDateTime t = time.atZone(zone);
        return (t.toLocalDate().equals(today) ? TODAY : OTHER_DAY).format(t);
    }
}
