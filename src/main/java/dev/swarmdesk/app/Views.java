package dev.swarmdesk.app;

import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.logs.LogsView;
import dev.swarmdesk.ui.nodes.NodesView;
import dev.swarmdesk.ui.services.ServiceActions;
import dev.swarmdesk.ui.services.ServicesView;
import dev.swarmdesk.ui.shell.View;
import dev.swarmdesk.ui.timeline.TimelineHistory;
import dev.swarmdesk.ui.timeline.TimelineView;
import dev.swarmdesk.ui.visualizer.VisualizerView;
import java.util.List;

/** The views of the main window, in tab order (Ctrl+1, Ctrl+2, ...). */
final class Views {

    private Views() {
    }

    /**
     * Call on the FX thread. The timeline's history follows the bridge for good, so it keeps
     * what happened while its tab is hidden.
     */
    static List<View> all(FxModelBridge bridge, TimelineHistory timeline, ServiceActions actions, LogsView logs) {
        return List.of(new ServicesView(actions), new NodesView(), new VisualizerView(), new TimelineView(timeline),
                logs);
    }
}
