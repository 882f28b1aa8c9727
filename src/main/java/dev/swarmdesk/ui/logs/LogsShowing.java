package dev.swarmdesk.ui.logs;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Whether a node is on screen: in a scene of a showing window, with itself and every ancestor
 * visible. A tab pane hides the content of the tabs not selected by making an ancestor
 * invisible, so this turns false when another tab is chosen. The shell has no "hidden" call
 * for views; this stands in for one.
 */
final class LogsShowing {

    private final Node node;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final List<Observable> watched = new ArrayList<>();
    private final InvalidationListener recheck = o -> update();

    LogsShowing(Node node) {
        this.node = node;
        update();
    }

    ReadOnlyBooleanProperty property() {
        return showing.getReadOnlyProperty();
    }

    private void update() {
        watched.forEach(o -> o.removeListener(recheck));
        watched.clear();
        boolean visible = true;
        for (Node n = node; n != null; n = n.getParent()) {
            watch(n.visibleProperty());
            watch(n.parentProperty());
            visible &= n.isVisible();
        }
        watch(node.sceneProperty());
        Window w = node.getScene() == null ? null : node.getScene().getWindow();
        if (node.getScene() != null) {
            watch(node.getScene().windowProperty());
        }
        if (w != null) {
            watch(w.showingProperty());
        }
        showing.set(visible && w != null && w.isShowing());
    }

    private void watch(Observable o) {
        o.addListener(recheck);
        watched.add(o);
    }

}
