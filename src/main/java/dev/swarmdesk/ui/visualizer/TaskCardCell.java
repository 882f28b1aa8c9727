package dev.swarmdesk.ui.visualizer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Draws a {@link TaskCard} in three lines: name and state; short image and the time of the
 * state; the error of a failed task, else the engine's status message. The card's
 * pseudo-classes (":running", ":starting", ":failed", ":ended", ":leaving") let CSS colour it;
 * the tooltip, made on first hover, tells everything else.
 */
final class TaskCardCell extends ListCell<TaskCard> {

    /** Three lines of text and the card's padding: fixed, so the list never measures cells. */
    static final double HEIGHT = 70;

    private static final PseudoClass LEAVING = PseudoClass.getPseudoClass("leaving");
    private static final PseudoClass HAS_ERROR = PseudoClass.getPseudoClass("error");
    private static final Map<Tone, PseudoClass> TONES = new EnumMap<>(Tone.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    static {
        for (Tone t : Tone.values()) {
            TONES.put(t, PseudoClass.getPseudoClass(t.pseudoClass()));
        }
    }

    private final ZoneId zone;
    private final Label title = new Label();
    private final Label state = new Label();
    private final Label image = new Label();
    private final Label since = new Label();
    private final Label note = new Label();
    private final VBox card;
    private Tooltip tip;
    private final ChangeListener<CardLine> onChange = (obs, was, now) -> render(now);

    TaskCardCell(ZoneId zone) {
        this.zone = zone;
        title.getStyleClass().add("viz-card-title");
        state.getStyleClass().add("viz-card-state");
        image.getStyleClass().add("viz-card-image");
        since.getStyleClass().add("viz-card-since");
        note.getStyleClass().add("viz-card-note");
        HBox top = new HBox(6, grow(title), fixed(state));
        HBox middle = new HBox(6, grow(image), fixed(since));
        note.setMinWidth(0);
        note.setMaxWidth(Double.MAX_VALUE);
        card = new VBox(1, top, middle, note);
        card.getStyleClass().add("viz-card");
        getStyleClass().add("viz-card-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // as wide as the column, never wider: the list must not scroll sideways for a long error
        setPrefWidth(0);
        setOnMouseEntered(e -> installTooltip());
    }

    private static Label grow(Label l) {
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(l, Priority.ALWAYS);
        return l;
    }

    private static Label fixed(Label l) {
        l.setMinWidth(HBox.USE_PREF_SIZE);
        return l;
    }

    @Override
    protected void updateItem(TaskCard item, boolean empty) {
        TaskCard previous = getItem();
        if (previous != null) {
            previous.lineProperty().removeListener(onChange);
        }
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        item.lineProperty().addListener(onChange);
        render(item.line());
        setGraphic(card);
        if (tip != null) {
            setTooltip(tip);
        }
    }

    /** Tooltips are costly (each is a window): a cell gets one when the pointer first comes. */
    private void installTooltip() {
        if (tip == null && !isEmpty() && getItem() != null) {
            tip = new Tooltip(getItem().line().details(zone));
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            tip.getStyleClass().add("viz-card-tooltip");
            setTooltip(tip);
        }
    }

    private void render(CardLine line) {
        title.setText(line.title());
        state.setText(line.state());
        image.setText(line.image());
        since.setText(line.task().statusAt() == null ? "" : TIME.format(line.task().statusAt().atZone(zone)));
        boolean hasError = !line.error().isEmpty();
        note.setText(hasError ? line.error() : line.message());
        TONES.forEach((t, pc) -> card.pseudoClassStateChanged(pc, t == line.tone()));
        card.pseudoClassStateChanged(LEAVING, line.leaving());
        card.pseudoClassStateChanged(HAS_ERROR, hasError);
        if (tip != null) {
            tip.setText(line.details(zone));
        }
    }
}
