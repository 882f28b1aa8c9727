package dev.swarmdesk.cli;

import dev.swarmdesk.engine.endpoint.ConnectionOptions;

/** Opens the desktop window; the command line calls it when no subcommand is given. */
@FunctionalInterface
public interface GuiStarter {

    /** @return the process exit code once the window is closed */
    int start(ConnectionOptions options, boolean exitAfterFirstFrame);
}
