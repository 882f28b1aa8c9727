package dev.swarmdesk.listing;

import java.time.Duration;
import java.util.Locale;

/** Small wording rules of the docker CLI, kept identical so users see the same words. */
public final class CliWords {

    private CliWords() {
    }

    /** The CLI's PrettyPrint: first letter upper-cased, the rest lower ("RUNNING" gives "Running"). */
    public static String pretty(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (s.length() == 1) {
            return s.toLowerCase(Locale.ROOT);
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /** go-units HumanDuration, as the CLI prints ages ("5 seconds", "About a minute"). */
    public static String humanDuration(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 1) {
            return "Less than a second";
        } else if (seconds == 1) {
            return "1 second";
        } else if (seconds < 60) {
            return seconds + " seconds";
        }
        long minutes = d.toMinutes();
        if (minutes == 1) {
            return "About a minute";
        } else if (minutes < 60) {
            return minutes + " minutes";
        }
        long hours = Math.round(d.toMillis() / 3_600_000.0);
        if (hours == 1) {
            return "About an hour";
        } else if (hours < 48) {
            return hours + " hours";
        } else if (hours < 24 * 7 * 2) {
            return hours / 24 + " days";
        } else if (hours < 24 * 30 * 2) {
            return hours / 24 / 7 + " weeks";
        } else if (hours < 24 * 365 * 2) {
            return hours / 24 / 30 + " months";
        }
        return d.toHours() / 24 / 365 + " years";
    }

    /** The CLI's Ellipsis: cut to {@code max} characters with a trailing "…". */
    public static String ellipsis(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        if (max <= 0) {
            return "";
        }
        if (max == 1) {
            return s.substring(0, s.offsetByCodePoints(0, 1));
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
