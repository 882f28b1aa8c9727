package dev.swarmdesk.ui.controls;

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
 * Keeps an observable list of rows equal to a list of lines, in the lines' order, reusing the
 * row of each id: rows are updated in place, added and removed in one change each, and moved
 * by a permutation, never rebuilt, so a table's selection and scroll position survive (and, for
 * cards and columns, cells are reused). Shared by the views that follow the model live.
 */
public final class KeyedRows<L, R> {

    private final Map<String, R> rows = new HashMap<>();
    private final Function<L, String> lineId;
    private final Function<String, R> newRow;
    private final BiConsumer<R, L> show;

    public KeyedRows(Function<L, String> lineId, Function<String, R> newRow, BiConsumer<R, L> show) {
        this.lineId = lineId;
        this.newRow = newRow;
        this.show = show;
    }

    /** The row shown for an id, or null. */
    public R row(String id) {
        return rows.get(id);
    }

    public void apply(List<L> lines, ObservableList<R> target) {
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
