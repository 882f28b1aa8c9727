package dev.swarmdesk.ui.services;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.listing.ServiceLine;
import dev.swarmdesk.listing.TaskLine;
import dev.swarmdesk.ui.fx.ModelUpdate;
import dev.swarmdesk.ui.shell.View;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import java.time.Instant;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Services with their replicas, and the tasks of the selected service, following the model live. */
public final class ServicesView implements View {

    private final ObservableList<ServiceRow> services = FXCollections.observableArrayList();
    private final ObservableList<TaskRow> tasks = FXCollections.observableArrayList();
    private final TableView<ServiceRow> serviceTable = new TableView<>(services);
    private final TableView<TaskRow> taskTable = new TableView<>(tasks);
    private final RowSync<ServiceLine, ServiceRow> serviceRows =
            new RowSync<>(ServiceLine::id, ServiceRow::new, ServiceRow::show);
    private RowSync<TaskLine, TaskRow> taskRows = newTaskRows();
    private final SplitPane root = new SplitPane(serviceTable, taskTable);
    private ClusterSnapshot last = ClusterSnapshot.EMPTY;
    private boolean selectedOnce;

    public ServicesView() {
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.55);
        serviceTable.setId("services-table");
        taskTable.setId("tasks-table");
        serviceTable.setPlaceholder(new Label("No services"));
        taskTable.setPlaceholder(new Label("Select a service to see its tasks"));
        serviceTable.getColumns().add(column("Name", ServiceRow::nameProperty, 220));
        serviceTable.getColumns().add(column("Mode", ServiceRow::modeProperty, 110));
        serviceTable.getColumns().add(column("Replicas", ServiceRow::replicasProperty, 160));
        serviceTable.getColumns().add(column("Image", ServiceRow::imageProperty, 280));
        serviceTable.getColumns().add(column("Update", ServiceRow::updateProperty, 110));
        taskTable.getColumns().add(column("Task", TaskRow::nameProperty, 200));
        taskTable.getColumns().add(column("Node", TaskRow::nodeProperty, 140));
        taskTable.getColumns().add(column("Desired", TaskRow::desiredProperty, 90));
        taskTable.getColumns().add(column("Current state", TaskRow::currentProperty, 200));
        taskTable.getColumns().add(column("Error", TaskRow::errorProperty, 360));
        serviceTable.setRowFactory(table -> new ServiceTableRow());
        serviceTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            tasks.clear();
            taskRows = newTaskRows();
            showTasks();
        });
    }

    private static RowSync<TaskLine, TaskRow> newTaskRows() {
        Instant[] now = {Instant.now()};
        return new RowSync<>(TaskLine::id, TaskRow::new, (row, line) -> row.show(line, now[0]));
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, ObservableValue<String>> value,
                                                     double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setPrefWidth(width);
        return c;
    }

    @Override
    public String title() {
        return "Services";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignA.APPS;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void apply(ModelUpdate update) {
        last = update.snapshot();
        serviceRows.apply(ServiceLine.of(last.services()), services);
        if (serviceTable.getSelectionModel().isEmpty() && !services.isEmpty() && !selectedOnce) {
            // the first time services arrive, show the first one's tasks instead of an empty pane
            selectedOnce = true;
            serviceTable.getSelectionModel().selectFirst();
        }
        showTasks();
    }

    private void showTasks() {
        ServiceRow selected = serviceTable.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        taskRows.apply(TaskLine.of(last.tasksOf(selected.id()), last), tasks);
    }
}
