package dev.swarmdesk.ui.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Case-insensitive search in log rows: whether a row matches, and where, for highlighting. */
final class LogSearch {

    private final String query;

    LogSearch(String query) {
        this.query = query == null ? "" : query.toLowerCase(Locale.ROOT);
    }

    boolean isEmpty() {
        return query.isEmpty();
    }

    /** Whether the row's text or task name contains the query (notices never match). */
    boolean matches(LogRow row) {
        return !query.isEmpty() && !row.notice() && (contains(row.text()) || contains(row.source()));
    }

    private boolean contains(String s) {
        return s.toLowerCase(Locale.ROOT).contains(query);
    }

    /**
     * The text cut into pieces, alternately not matching and matching, starting with a
     * non-matching piece (possibly empty): "a-x-b" searched for "x" is ["a-", "x", "-b"].
     */
    List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        if (query.isEmpty()) {
            out.add(text);
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            // a few characters change length in lower case: positions would not line up
            out.add(text);
            return out;
        }
        int from = 0;
        for (int at; (at = lower.indexOf(query, from)) >= 0; from = at + query.length()) {
            out.add(text.substring(from, at));
            out.add(text.substring(at, at + query.length()));
        }
        out.add(text.substring(from));
        return out;
    }

    /** The next matching index after {@code from} (or before it, backwards), wrapping round; -1 if none. */
    int next(List<LogRow> rows, int from, boolean backwards) {
        int n = rows.size();
        for (int step = 1; step <= n; step++) {
            int i = Math.floorMod(from + (backwards ? -step : step), n);
            if (matches(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    int count(List<LogRow> rows) {
        int c = 0;
        for (LogRow r : rows) {
            if (matches(r)) {
                c++;
            }
        }
        return c;
    }
}
