package dev.swarmdesk.ui.visualizer;

import java.time.Instant;
import java.util.List;

/**
 * One column of the visualizer: a node's header and its cards, in board order.
 *
 * @param key the node id, or "" for the column of tasks that have no known node
 * @param role e.g. "Manager (Leader)", "Worker"
 * @param status the node's state and availability, e.g. "Ready · Active"
 * @param badge "Down", "Drain" or "Pause" when the node does not take work normally, else ""
 */
record ColumnLine(String key, String title, String role, String status, String badge, boolean down,
                  boolean drained, boolean paused, List<CardLine> cards) {

    ColumnLine {
        cards = List.copyOf(cards);
    }

    /** When the first card that is shown only as a recent failure should go, or null. */
    Instant showUntil() {
        Instant first = null;
        for (CardLine c : cards) {
            Instant until = c.showUntil();
            if (until != null && (first == null || until.isBefore(first))) {
                first = until;
            }
        }
        return first;
    }

    long running() {
        return cards.stream().filter(c -> c.tone() == Tone.RUNNING).count();
    }

    /** "3 of 4 running" under the header. */
    String counts() {
        if (cards.isEmpty()) {
            return "no tasks";
        }
        return running() + " of " + cards.size() + " running";
    }
}
