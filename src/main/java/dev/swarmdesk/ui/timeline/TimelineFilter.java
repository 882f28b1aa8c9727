package dev.swarmdesk.ui.timeline;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which entries the timeline shows. Empty parts match everything.
 *
 * @param service a service name, exactly
 * @param node a node name, exactly: entries that happened on it or moved a task onto it
 * @param text words that must all appear (any case) in the entry's text
 */
record TimelineFilter(String service, String node, String text) implements Predicate<TimelineRow> {

    static final TimelineFilter ALL = new TimelineFilter("", "", "");

    @Override
    public boolean test(TimelineRow row) {
        if (!service.isEmpty() && !service.equals(row.service())) {
            return false;
        }
        Outcome o = row.outcome();
        if (!node.isEmpty() && !node.equals(row.node()) && !node.equals(o.replacementNode())) {
            return false;
        }
        if (text.isBlank()) {
            return true;
        }
        String haystack = String.join("\n", row.service(), row.node(), row.what(), o.replacementTaskId(),
                o.replacementNode(), o.note()).toLowerCase(Locale.ROOT);
        for (String word : text.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
