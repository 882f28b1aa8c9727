package dev.swarmdesk.ui.shell;

import dev.swarmdesk.ui.services.TaskRow;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;

/** Every task row in the tasks tree: slots' current tasks and the tasks they replaced. */
final class TaskTreeRows {

    private TaskTreeRows() {
    }

    static List<TaskRow> all(TreeTableView<TaskRow> tree) {
        List<TaskRow> out = new ArrayList<>();
        for (TreeItem<TaskRow> slot : tree.getRoot().getChildren()) {
            out.add(slot.getValue());
            slot.getChildren().forEach(c -> out.add(c.getValue()));
        }
        return out;
    }
}
