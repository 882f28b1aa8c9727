package dev.swarmdesk.ui.visualizer;

import dev.swarmdesk.ui.controls.KeyedRows;
import dev.swarmdesk.ui.fx.ModelUpdate;
import dev.swarmdesk.ui.shell.View;
import java.time.Clock;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The swarm at a glance, as docker-swarm-visualizer draws it: a column per node and a card per
 * task that runs, starts, or failed in the last minute, coloured by state. It changes only when
 * the model does; columns and cards are kept by id and updated in place.
 */
public final class VisualizerView implements View {

    private static final double COLUMN_GAP = 10;

    private final Clock clock;
    private final Board layout = new Board();
    private final ObservableList<NodeColumn> columns = FXCollections.observableArrayList();
    private final KeyedRows<ColumnLine, NodeColumn> columnSync =
            new KeyedRows<>(ColumnLine::key, NodeColumn::new, NodeColumn::show);
    private final ListView<NodeColumn> board = new ListView<>(columns);
    private final Label empty = new Label("No nodes");
    private final Label summary = new Label();
    private final BorderPane root = new BorderPane();

    public VisualizerView() {
        this(Clock.systemDefaultZone());
    }

    VisualizerView(Clock clock) {
        this.clock = clock;
        board.setId("viz-board");
        board.getStyleClass().add("viz-board");
        // columns side by side, scrolled sideways; only the columns in view get nodes
        board.setOrientation(Orientation.HORIZONTAL);
        board.setCellFactory(l -> new NodeColumnCell(clock.getZone()));
        board.setFixedCellSize(NodeColumnCell.WIDTH + COLUMN_GAP);
        board.setSelectionModel(null);
        board.setFocusTraversable(false);
        empty.getStyleClass().add("viz-empty");
        summary.setId("viz-summary");
        summary.getStyleClass().add("viz-summary");
        HBox bar = new HBox(14, summary, legend());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("viz-toolbar");
        root.setTop(bar);
        root.setCenter(new StackPane(board, empty));
        root.getStyleClass().add("viz-view");
    }

    private static Node legend() {
        HBox legend = new HBox(8);
        for (Tone t : Tone.values()) {
            Label chip = new Label(switch (t) {
                case RUNNING -> "Running";
                case STARTING -> "Starting";
                case FAILED -> "Failed";
                case ENDED -> "Shut down";
            });
            chip.getStyleClass().addAll("viz-legend", "viz-legend-" + t.pseudoClass());
            legend.getChildren().add(chip);
        }
        return legend;
    }

    @Override
    public String title() {
        return "Visualizer";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignV.VIEW_COLUMN;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void apply(ModelUpdate update) {
        List<ColumnLine> lines = layout.update(update.snapshot(), update.changes(), clock.instant());
        columnSync.apply(lines, columns);
        boolean none = lines.isEmpty();
        empty.setVisible(none);
        board.setVisible(!none);
        long cards = lines.stream().mapToLong(c -> c.cards().size()).sum();
        long running = lines.stream().mapToLong(ColumnLine::running).sum();
        int nodes = (int) lines.stream().filter(c -> !c.key().equals(Board.UNASSIGNED)).count();
        summary.setText(nodes + (nodes == 1 ? " node · " : " nodes · ") + running + " of " + cards + " tasks running");
    }

    /** The column of a node (its model), for tests. */
    NodeColumn column(String nodeId) {
        return columnSync.row(nodeId);
    }
}
