package dev.swarmdesk.ui.nodes;

import dev.swarmdesk.ui.controls.KeyedRows;
import atlantafx.base.controls.CustomTextField;
import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.listing.TaskLine;
import dev.swarmdesk.ui.fx.ModelUpdate;
import dev.swarmdesk.ui.shell.View;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The swarm's nodes as `docker node ls` lists them, with resources, labels and running tasks,
 * and the tasks of the selected node below; rows follow the model in place.
 */
public final class NodesView implements View {

    private final Clock clock;
    private final ObservableList<NodeRow> nodes =
            FXCollections.observableArrayList(NodeRow::filterInputs);
    private final FilteredList<NodeRow> filtered = new FilteredList<>(nodes);
    private final SortedList<NodeRow> sorted = new SortedList<>(filtered);
    private final ObservableList<NodeTaskRow> tasks = FXCollections.observableArrayList();
    private final TableView<NodeRow> nodeTable = NodeTable.create();
    private final TableView<NodeTaskRow> taskTable = NodeTaskTable.create();
    private final KeyedRows<NodeSummary, NodeRow> nodeRows =
            new KeyedRows<>(NodeSummary::id, NodeRow::new, NodeRow::show);
    private KeyedRows<NodeTaskRow.Item, NodeTaskRow> taskRows;
    private final CustomTextField search = new CustomTextField();
    private final Label summary = new Label();
    private final Label tasksTitle = new Label();
    private final BorderPane root = new BorderPane();
    private ClusterSnapshot last = ClusterSnapshot.EMPTY;
    private List<NodeSummary> lastNodes = List.of();
    private Instant now;

    public NodesView() {
        this(Clock.systemUTC());
    }

    NodesView(Clock clock) {
        this.clock = clock;
        this.now = clock.instant();
        taskRows = newTaskRows();
        sorted.comparatorProperty().bind(nodeTable.comparatorProperty());
        nodeTable.setItems(sorted);
        taskTable.setItems(tasks);
        search.setId("nodes-search");
        search.setPromptText("Filter by hostname or label");
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setPrefColumnCount(28);
        search.textProperty().addListener((obs, was, text) -> {
            filtered.setPredicate(r -> r.matches(text));
            showSummary();
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        summary.setId("nodes-summary");
        summary.getStyleClass().add("nodes-summary");
        tasksTitle.setId("nodes-tasks-title");
        tasksTitle.getStyleClass().add("nodes-tasks-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, search, spacer, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("nodes-toolbar");
        VBox taskPane = new VBox(tasksTitle, taskTable);
        VBox.setVgrow(taskTable, Priority.ALWAYS);
        SplitPane split = new SplitPane(nodeTable, taskPane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setTop(bar);
        root.setCenter(split);
        root.getStyleClass().add("nodes-view");
        nodeTable.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            // another node: its own rows, not the previous node's reused
            tasks.clear();
            taskRows = newTaskRows();
            showTasks();
        });
        showTasks();
    }

    private KeyedRows<NodeTaskRow.Item, NodeTaskRow> newTaskRows() {
        return new KeyedRows<>(NodeTaskRow.Item::id, NodeTaskRow::new, (row, item) -> row.show(item, now));
    }

    @Override
    public String title() {
        return "Nodes";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignS.SERVER;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void apply(ModelUpdate update) {
        last = update.snapshot();
        now = clock.instant();
        lastNodes = NodeSummary.of(last);
        nodeRows.apply(lastNodes, nodes);
        showSummary();
        showTasks();
    }

    private void showSummary() {
        List<NodeSummary> all = lastNodes;
        long down = all.stream().filter(NodeSummary::down).count();
        long drained = all.stream().filter(NodeSummary::drained).count();
        StringBuilder s = new StringBuilder();
        if (filtered.size() != all.size()) {
            s.append(filtered.size()).append(" of ");
        }
        s.append(all.size()).append(all.size() == 1 ? " node" : " nodes");
        if (down > 0) {
            s.append(" · ").append(down).append(" down");
        }
        if (drained > 0) {
            s.append(" · ").append(drained).append(" drained");
        }
        summary.setText(s.toString());
    }

    private void showTasks() {
        NodeRow selected = nodeTable.getSelectionModel().getSelectedItem();
        if (selected == null) {
            tasksTitle.setText("Tasks");
            return;
        }
        Map<String, SwarmTask> onNode = last.tasks().values().stream()
                .filter(t -> selected.id().equals(t.nodeId()))
                .collect(Collectors.toMap(SwarmTask::id, Function.identity()));
        List<NodeTaskRow.Item> items = TaskLine.of(onNode.values(), last).stream()
                .map(line -> NodeTaskRow.Item.of(line, onNode.get(line.id()), last))
                .toList();
        taskRows.apply(items, tasks);
        long running = onNode.values().stream().filter(SwarmTask::isRunning).count();
        tasksTitle.setText("Tasks on " + selected.hostnameProperty().get() + " · " + running + " running, "
                + onNode.size() + " in all");
    }
}
