package dev.swarmdesk.ui.shell;

import dev.swarmdesk.ui.fx.ModelUpdate;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One view of the main window (nodes, services, visualizer, ...). The shell subscribes a view to
 * the model while it is shown and unsubscribes it while hidden; on showing again it gets the
 * current snapshot first. All methods run on the FX thread.
 */
public interface View {

    /** The tab title, e.g. "Services". */
    String title();

    Ikon icon();

    Node node();

    /** Applies one hand-off of model changes and news. */
    void apply(ModelUpdate update);

    /** Moves keyboard focus to the view's search field, if it has one (Ctrl+F). */
    default void focusSearch() {
    }
}
