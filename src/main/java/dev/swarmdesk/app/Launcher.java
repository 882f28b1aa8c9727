package dev.swarmdesk.app;

/**
 * The jar's main class. It must not extend javafx.application.Application: with JavaFX on the
 * class path (java -jar), the launcher would otherwise refuse to start.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(Wiring.commandLine().execute(args));
    }
}
