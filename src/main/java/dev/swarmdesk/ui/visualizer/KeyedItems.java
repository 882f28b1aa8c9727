package dev.swarmdesk.ui.visualizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.ObservableList;

/**
 * Keeps an observable list of items (cards, columns) equal to a list of lines, in the lines'
 * order, reusing the item of each id: items are updated in place, added and removed in one
 * change each, and moved by a permutation, never rebuilt, so cells are reused and scroll
 * positions survive. (The nodes view has the same small class; a shared home for it would be
 * ui/controls.)
 */
final class KeyedItems<L, R> {

    private final Map<String, R> rows = new HashMap<>();
    private final Function<L, String> lineId;
    private final Function<String, R> newRow;
    private final BiConsumer<R, L> show;

    KeyedItems(Function<L, String> lineId, Function<String, R> newRow, BiConsumer<R, L> show) {
        this.lineId = lineId;
        this.newRow = newRow;
        this.show = show;
    }

    /** The row shown for an id, or null. */
    R row(String id) {
        return rows.get(id);
    }

    void apply(List<L> lines, ObservableList<R> target) {
        Map<R, Integer> rank = new IdentityHashMap<>();
        Set<String> seen = new HashSet<>();
        List<R> added = new ArrayList<>();
        for (L line : lines) {
            String id = lineId.apply(line);
            if (!seen.add(id)) {
                continue;
            }
            R row = rows.get(id);
            if (row == null) {
                row = newRow.apply(id);
                rows.put(id, row);
                added.add(row);
            }
            show.accept(row, line);
            rank.put(row, rank.size());
        }
        Set<R> gone = new HashSet<>();
        rows.entrySet().removeIf(e -> !seen.contains(e.getKey()) && gone.add(e.getValue()));
        if (!gone.isEmpty()) {
            target.removeAll(gone);
        }
        if (!added.isEmpty()) {
            target.addAll(added);
        }
        if (!inOrder(target, rank)) {
            // one permutation: selection models follow a moved row instead of losing it
            target.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
        }
    }

    private static <R> boolean inOrder(List<R> target, Map<R, Integer> rank) {
        for (int i = 0; i < target.size(); i++) {
            if (rank.get(target.get(i)) != i) {
                return false;
            }
        }
        return true;
    }
}
