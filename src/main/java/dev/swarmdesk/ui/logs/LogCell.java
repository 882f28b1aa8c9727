package dev.swarmdesk.ui.logs;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/**
 * A log row: time (if shown), task name (when tasks are merged), then the text, with the parts
 * that match the search marked. Style classes and pseudo-classes only: stderr, notice, match.
 */
final class LogCell extends ListCell<LogRow> {

    static final PseudoClass STDERR = PseudoClass.getPseudoClass("stderr");
    static final PseudoClass NOTICE = PseudoClass.getPseudoClass("notice");
    static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    private static final int COLORS = 6;

    private final Supplier<LogSearch> search;
    private final Supplier<LogTimes> times;
    private final IntSupplier sourceWidth;
    private final Label time = new Label();
    private final Label source = new Label();
    private final HBox text = new HBox();
    private final HBox box = new HBox(time, source, text);

    /**
     * @param times gives null while timestamps are hidden
     * @param sourceWidth the longest task name in the list, so the texts line up (the font is monospaced)
     */
    LogCell(Supplier<LogSearch> search, Supplier<LogTimes> times, IntSupplier sourceWidth) {
        this.search = search;
        this.times = times;
        this.sourceWidth = sourceWidth;
        getStyleClass().add("logs-cell");
        time.getStyleClass().add("logs-time");
        source.getStyleClass().add("logs-source");
        text.getStyleClass().add("logs-text");
        time.setMinWidth(Label.USE_PREF_SIZE);
        source.setMinWidth(Label.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(LogRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        LogSearch s = search.get();
        pseudoClassStateChanged(STDERR, !empty && row != null && row.stderr());
        pseudoClassStateChanged(NOTICE, !empty && row != null && row.notice());
        pseudoClassStateChanged(MATCH, !empty && row != null && s.matches(row));
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        LogTimes t = times.get();
        show(time, t == null || row.time() == null ? "" : t.format(row.time()));
        show(source, row.source().isEmpty() ? "" : pad(row.source(), sourceWidth.getAsInt()));
        for (int i = 0; i < COLORS; i++) {
            source.pseudoClassStateChanged(PseudoClass.getPseudoClass("c" + i), row.sourceColor() == i);
        }
        List<String> pieces = s.matches(row) ? s.pieces(row.text()) : List.of(row.text());
        text.getChildren().clear();
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).isEmpty()) {
                continue;
            }
            Label piece = new Label(pieces.get(i));
            piece.setMinWidth(Label.USE_PREF_SIZE);
            piece.getStyleClass().add(i % 2 == 1 ? "logs-hit" : "logs-piece");
            text.getChildren().add(piece);
        }
        setGraphic(box);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static void show(Label label, String value) {
        label.setText(value);
        label.setVisible(!value.isEmpty());
        label.setManaged(!value.isEmpty());
    }
}
