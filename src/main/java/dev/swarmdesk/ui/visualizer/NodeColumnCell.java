package dev.swarmdesk.ui.visualizer;

import java.time.ZoneId;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Draws a {@link NodeColumn}: a header (hostname with a badge when the node takes no work,
 * role, state and availability, counts) over the node's cards. The card list is virtualized
 * too, so the board costs the cards in view, whatever the size of the swarm.
 */
final class NodeColumnCell extends ListCell<NodeColumn> {

    static final double WIDTH = 236;
    static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    static final PseudoClass DRAINED = PseudoClass.getPseudoClass("drained");
    static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    private final Label title = new Label();
    private final Label role = new Label();
    private final Label status = new Label();
    private final Label badge = new Label();
    private final Label counts = new Label();
    private final ListView<TaskCard> list = new ListView<>();
    private final VBox column;
    private final ChangeListener<ColumnLine> onChange = (obs, was, now) -> render(now);

    NodeColumnCell(ZoneId zone) {
        title.getStyleClass().add("viz-column-title");
        role.getStyleClass().add("viz-column-role");
        status.getStyleClass().add("viz-column-status");
        badge.getStyleClass().add("viz-column-badge");
        counts.getStyleClass().add("viz-column-counts");
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        // the badge sits beside the hostname, so every header has the same height
        HBox top = new HBox(6, title, badge);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(1, top, role, status, counts);
        header.getStyleClass().add("viz-column-header");
        list.getStyleClass().add("viz-cards");
        list.setCellFactory(l -> new TaskCardCell(zone));
        // cards are looked at, not picked: no selection to highlight one column's card
        list.setSelectionModel(null);
        list.setFocusTraversable(false);
        list.setFixedCellSize(TaskCardCell.HEIGHT);
        list.setPlaceholder(new Label("No tasks"));
        VBox.setVgrow(list, Priority.ALWAYS);
        column = new VBox(header, list);
        column.getStyleClass().add("viz-column");
        column.setMinWidth(WIDTH);
        column.setPrefWidth(WIDTH);
        column.setMaxWidth(WIDTH);
        getStyleClass().add("viz-column-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // as tall as the board, never taller: the board scrolls sideways only
        setPrefHeight(0);
    }

    /** The column fills the cell's height (a graphic alone would keep its preferred height). */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() != null) {
            Insets in = getInsets();
            column.resizeRelocate(in.getLeft(), in.getTop(), WIDTH,
                    Math.max(0, getHeight() - in.getTop() - in.getBottom()));
        }
    }

    @Override
    protected void updateItem(NodeColumn item, boolean empty) {
        NodeColumn previous = getItem();
        if (previous != null) {
            previous.lineProperty().removeListener(onChange);
        }
        super.updateItem(item, empty);
        if (empty || item == null) {
            list.setItems(FXCollections.emptyObservableList());
            setGraphic(null);
            return;
        }
        item.lineProperty().addListener(onChange);
        if (item != previous) {
            list.setItems(item.cards());
            list.scrollTo(0);
        }
        render(item.lineProperty().get());
        column.setUserData(item.key());
        setGraphic(column);
    }

    private void render(ColumnLine c) {
        title.setText(c.title());
        show(role, c.role());
        show(status, c.status());
        show(badge, c.badge());
        counts.setText(c.counts());
        column.pseudoClassStateChanged(DOWN, c.down());
        column.pseudoClassStateChanged(DRAINED, c.drained());
        column.pseudoClassStateChanged(PAUSED, c.paused());
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
