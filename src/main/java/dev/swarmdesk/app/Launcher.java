package dev.swarmdesk.app;

import dev.swarmdesk.engine.endpoint.ConnectionOptions;

/**
 * The jar's main class. It must not extend javafx.application.Application: with JavaFX on the
 * class path (java -jar), the launcher would otherwise refuse to start.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // the window with no arguments is the common start: skip building the command-line
        // model (picocli's reflection costs a third of a second before the first frame)
        if (args.length == 0 || args.length == 1 && args[0].equals("--exit-after-first-frame")) {
            System.exit(DesktopApp.run(ConnectionOptions.none(), args.length == 1));
        }
        System.exit(Wiring.commandLine().execute(args));
    }
}
