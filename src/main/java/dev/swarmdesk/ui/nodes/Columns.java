package dev.swarmdesk.ui.nodes;

import java.util.function.Function;
import java.util.function.LongFunction;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Column factories for the nodes view's tables. */
final class Columns {

    private Columns() {
    }

    static <R> TableColumn<R, String> text(String title, Function<R, ObservableValue<String>> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setPrefWidth(width);
        return c;
    }

    /** A text column whose cells show the whole text in a tooltip, for text wider than the column. */
    static <R> TableColumn<R, String> longText(String title, Function<R, ObservableValue<String>> value,
                                               double width) {
        TableColumn<R, String> c = text(title, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            {
                tip.setWrapText(true);
                tip.setMaxWidth(600);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isEmpty();
                setText(blank ? null : item);
                tip.setText(blank ? "" : item);
                setTooltip(blank ? null : tip);
            }
        });
        return c;
    }

    /** A number column, sorted as numbers, shown through {@code format} and aligned right. */
    static <R> TableColumn<R, Number> number(String title, Function<R, ObservableValue<Number>> value,
                                             LongFunction<String> format, double width) {
        TableColumn<R, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item.longValue()));
            }
        });
        c.getStyleClass().add("nodes-number");
        c.setPrefWidth(width);
        return c;
    }
}
