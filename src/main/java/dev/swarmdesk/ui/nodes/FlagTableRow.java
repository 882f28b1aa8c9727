package dev.swarmdesk.ui.nodes;

import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/**
 * A table row that carries pseudo-classes from boolean properties of its item (":down",
 * ":failed"...), following them live so CSS, not code, decides the look.
 */
final class FlagTableRow<R> extends TableRow<R> {

    private final Map<PseudoClass, Function<R, ObservableValue<Boolean>>> flags;
    private final ChangeListener<Boolean> onChange = (obs, was, now) -> refresh();

    FlagTableRow(Map<PseudoClass, Function<R, ObservableValue<Boolean>>> flags) {
        this.flags = Map.copyOf(flags);
    }

    @Override
    protected void updateItem(R item, boolean empty) {
        R previous = getItem();
        if (previous != null) {
            flags.values().forEach(f -> f.apply(previous).removeListener(onChange));
        }
        super.updateItem(item, empty);
        if (!empty && item != null) {
            flags.values().forEach(f -> f.apply(item).addListener(onChange));
        }
        refresh();
    }

    private void refresh() {
        R item = isEmpty() ? null : getItem();
        flags.forEach((pc, f) -> pseudoClassStateChanged(pc, item != null && Boolean.TRUE.equals(f.apply(item).getValue())));
    }
}
