package dev.swarmdesk.ui.shell;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the window may do with connections. The app implements it; the UI knows no engine.
 * Choices are display names: saved connections, docker contexts ("context NAME") and "default".
 */
public interface Connections {

    List<String> choices();

    /** The choice in use, or "" when the connection came from command-line flags. */
    String current();

    /** Switches to another connection in the background; progress shows in the connection status. */
    void switchTo(String choice);

    /**
     * Checks a form in the background. Completes (on a background thread) with a description of
     * the engine found, or exceptionally with a one-line reason.
     */
    CompletableFuture<String> check(ConnectionForm form);

    /** Saves a form under its name and switches to it. */
    void saveAndSwitch(ConnectionForm form);
}
