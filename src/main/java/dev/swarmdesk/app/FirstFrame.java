package dev.swarmdesk.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once the first frame of a scene has been rendered. */
final class FirstFrame {

    private FirstFrame() {
    }

    static void afterShown(Scene scene, Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the first pulse renders the first frame; act on the one after it
                if (++frames >= 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** For the cold-start benchmark: prints the time since JVM start and exits. */
    static void report(Scene scene, long jvmStartMillis) {
        afterShown(scene, () -> {
            long ms = System.currentTimeMillis() - jvmStartMillis;
            System.out.println("first frame: " + ms + " ms");
            System.out.flush();
            Platform.exit();
        });
    }
}
