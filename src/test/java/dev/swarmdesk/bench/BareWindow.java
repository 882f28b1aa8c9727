package dev.swarmdesk.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The cold-start reference: the smallest JavaFX window, measured exactly like SwarmDesk's
 * `--exit-after-first-frame` (JVM start to the frame after the first pulse).
 */
public final class BareWindow extends Application {

    /** A plain main class: with JavaFX on the class path the Application class cannot be the main class. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("bare"), 400, 300));
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first frame: " + ms + " ms");
                    Platform.exit();
                }
            }
        }.start();
        stage.show();
    }
}
