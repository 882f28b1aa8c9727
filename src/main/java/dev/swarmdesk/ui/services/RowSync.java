package dev.swarmdesk.ui.services;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.ObservableList;

/**
 * Keeps an observable list of rows equal to a list of lines, reusing the row of each id:
 * rows are updated in place, added and removed, never rebuilt, so selection survives.
 */
final class RowSync<L, R> {

    private final Map<String, R> rows = new HashMap<>();
    private final Function<L, String> lineId;
    private final Function<String, R> newRow;
    private final BiConsumer<R, L> show;

    RowSync(Function<L, String> lineId, Function<String, R> newRow, BiConsumer<R, L> show) {
        this.lineId = lineId;
        this.newRow = newRow;
        this.show = show;
    }

    /** Re-shows one existing row (nothing happens for an id not shown). */
    void update(String id, L line) {
        R row = rows.get(id);
        if (row != null) {
            show.accept(row, line);
        }
    }

    void apply(List<L> lines, ObservableList<R> target) {
        Set<String> seen = new HashSet<>();
        List<R> added = new ArrayList<>();
        for (L line : lines) {
            String id = lineId.apply(line);
            seen.add(id);
            R row = rows.get(id);
            if (row == null) {
                row = newRow.apply(id);
                rows.put(id, row);
                added.add(row);
            }
            show.accept(row, line);
        }
        // one change for all new rows: each add would go through filter, sort and selection again
        target.addAll(added);
        rows.entrySet().removeIf(e -> {
            if (!seen.contains(e.getKey())) {
                target.remove(e.getValue());
                return true;
            }
            return false;
        });
    }
}
