package dev.swarmdesk.ui.visualizer;

import dev.swarmdesk.cluster.ClusterChange;
import dev.swarmdesk.cluster.ClusterChange.NodeChange;
import dev.swarmdesk.cluster.ClusterChange.ServiceChange;
import dev.swarmdesk.cluster.ClusterChange.TaskChange;
import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.listing.CliWords;
import dev.swarmdesk.listing.NodeLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Lays the model out as the visualizer shows it: one column per node, cards in order. It
 * remembers the last layout, so an update that touches a few tasks rebuilds only their columns
 * (and reuses the cards of unchanged tasks): a board of 20,000 tasks costs little per change.
 */
final class Board {

    static final String UNASSIGNED = "";

    private Map<String, ColumnLine> columns = Map.of();
    private Map<String, Map<String, CardLine>> cards = Map.of();
    private List<ColumnLine> ordered = List.of();
    private ClusterSnapshot last;

    /** The whole board for one snapshot. */
    static List<ColumnLine> of(ClusterSnapshot snap, Instant now) {
        return new Board().update(snap, List.of(), now);
    }

    /**
     * The board after an update, in `docker node ls` order, then a column for shown tasks that
     * have no known node. Columns the changes do not touch are returned as the same objects.
     *
     * @param changes the changes since the last update; none means "compare nothing, redo all"
     */
    List<ColumnLine> update(ClusterSnapshot snap, List<ClusterChange> changes, Instant now) {
        if (snap == last && changes.isEmpty() && !expired(now)) {
            return ordered;
        }
        Set<String> dirty = dirtyColumns(snap, changes, now);
        Map<String, List<SwarmTask>> shown = new HashMap<>();
        for (SwarmTask t : snap.tasks().values()) {
            String key = keyOf(t, snap);
            if ((dirty == null || dirty.contains(key)) && CardLine.shown(t, now)) {
                shown.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, ColumnLine> nextColumns = new HashMap<>();
        Map<String, Map<String, CardLine>> nextCards = new HashMap<>();
        List<ColumnLine> nextOrdered = new ArrayList<>();
        for (NodeLine line : NodeLine.of(snap.nodes(), "")) {
            nextOrdered.add(column(line.id(), dirty, shown, snap, nextColumns, nextCards,
                    cs -> nodeColumn(line, snap.nodes().get(line.id()), cs)));
        }
        ColumnLine unassigned = column(UNASSIGNED, dirty, shown, snap, nextColumns, nextCards,
                cs -> new ColumnLine(UNASSIGNED, "Unassigned", "Tasks without a node", "", "", false, false,
                        false, cs));
        if (!unassigned.cards().isEmpty()) {
            nextOrdered.add(unassigned);
        }
        columns = nextColumns;
        cards = nextCards;
        ordered = List.copyOf(nextOrdered);
        last = snap;
        return ordered;
    }

    private ColumnLine column(String key, Set<String> dirty, Map<String, List<SwarmTask>> shown,
                              ClusterSnapshot snap, Map<String, ColumnLine> nextColumns,
                              Map<String, Map<String, CardLine>> nextCards,
                              Function<List<CardLine>, ColumnLine> make) {
        ColumnLine before = columns.get(key);
        if (dirty != null && !dirty.contains(key) && before != null) {
            nextColumns.put(key, before);
            nextCards.put(key, cards.getOrDefault(key, Map.of()));
            return before;
        }
        Map<String, CardLine> previous = cards.getOrDefault(key, Map.of());
        Map<String, CardLine> now = new HashMap<>();
        List<CardLine> list = new ArrayList<>();
        for (SwarmTask t : shown.getOrDefault(key, List.of())) {
            CardLine c = reuse(previous.get(t.id()), t, snap);
            now.put(t.id(), c);
            list.add(c);
        }
        list.sort(CardLine.ORDER);
        ColumnLine next = make.apply(list);
        ColumnLine kept = next.equals(before) ? before : next;
        nextColumns.put(key, kept);
        nextCards.put(key, now);
        return kept;
    }

    /** The card of an unchanged task is the one it had: no words are worked out again. */
    private static CardLine reuse(CardLine before, SwarmTask t, ClusterSnapshot snap) {
        if (before != null && before.task() == t && before.service().equals(snap.serviceName(t.serviceId()))
                && before.node().equals(snap.nodeName(t.nodeId()))) {
            return before;
        }
        return CardLine.of(t, snap);
    }

    /** The columns to rebuild, or null for all of them. */
    private Set<String> dirtyColumns(ClusterSnapshot snap, List<ClusterChange> changes, Instant now) {
        if (last == null || changes.isEmpty()) {
            return null;
        }
        Set<String> dirty = new HashSet<>();
        for (ClusterChange c : changes) {
            if (c instanceof NodeChange || c instanceof ServiceChange) {
                return null;
            }
            if (c instanceof TaskChange tc) {
                if (tc.before() != null) {
                    dirty.add(keyOf(tc.before(), snap));
                }
                if (tc.after() != null) {
                    dirty.add(keyOf(tc.after(), snap));
                }
            }
        }
        columns.forEach((key, column) -> {
            Instant until = column.showUntil();
            if (until != null && !now.isBefore(until)) {
                dirty.add(key);
            }
        });
        return dirty;
    }

    private boolean expired(Instant now) {
        return columns.values().stream().anyMatch(c -> c.showUntil() != null && !now.isBefore(c.showUntil()));
    }

    private static String keyOf(SwarmTask t, ClusterSnapshot snap) {
        return t.nodeId() != null && snap.nodes().containsKey(t.nodeId()) ? t.nodeId() : UNASSIGNED;
    }

    private static ColumnLine nodeColumn(NodeLine line, SwarmNode node, List<CardLine> cards) {
        boolean down = !node.isReady();
        boolean drained = "drain".equals(node.availability());
        boolean paused = "pause".equals(node.availability());
        String role = CliWords.pretty(line.role())
                + (line.managerStatus().isEmpty() ? "" : " (" + line.managerStatus() + ")");
        String badge = down ? line.status() : drained || paused ? line.availability() : "";
        return new ColumnLine(line.id(), line.hostname(), role, line.status() + " · " + line.availability(), badge,
                down, drained, paused, cards);
    }
}
