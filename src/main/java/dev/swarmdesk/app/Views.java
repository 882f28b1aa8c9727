package dev.swarmdesk.app;

import dev.swarmdesk.ui.services.ServicesView;
import dev.swarmdesk.ui.shell.View;
import java.util.List;

/** The views of the main window, in tab order (Ctrl+1, Ctrl+2, ...). */
final class Views {

    private Views() {
    }

    static List<View> all() {
        return List.of(new ServicesView());
    }
}
