package dev.swarmdesk.ui.logs;

import java.util.ArrayDeque;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows on screen, at most {@code capacity} of them (the oldest go first). While paused, new
 * lines are held back and counted rather than shown, and none is lost unless more than the
 * capacity arrive; resuming shows them. Notices about the stream show at once. FX thread only.
 */
final class LogBuffer {

    private final int capacity;
    private final ObservableList<LogRow> rows = FXCollections.observableArrayList();
    private final ArrayDeque<LogRow> held = new ArrayDeque<>();
    private long heldCount;
    private boolean paused;

    LogBuffer(int capacity) {
        this.capacity = capacity;
    }

    ObservableList<LogRow> rows() {
        return rows;
    }

    void add(List<LogRow> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (paused) {
            for (LogRow r : batch) {
                if (r.notice()) {
                    show(List.of(r));
                    continue;
                }
                held.addLast(r);
                heldCount++;
                if (held.size() > capacity) {
                    held.removeFirst();
                }
            }
        } else {
            show(batch);
        }
    }

    private void show(List<LogRow> batch) {
        if (batch.size() >= capacity) {
            rows.setAll(batch.subList(batch.size() - capacity, batch.size()));
            return;
        }
        rows.addAll(batch);
        if (rows.size() > capacity) {
            rows.remove(0, rows.size() - capacity);
        }
    }

    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
        List<LogRow> waiting = List.copyOf(held);
        held.clear();
        heldCount = 0;
        show(waiting);
    }

    boolean paused() {
        return paused;
    }

    /** Lines that arrived while paused (even those the capacity had to drop). */
    long heldCount() {
        return heldCount;
    }

    void clear() {
        rows.clear();
        held.clear();
        heldCount = 0;
    }
}
