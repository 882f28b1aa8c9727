package dev.swarmdesk.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Records the gap between JavaFX pulses. A running AnimationTimer makes the toolkit pulse
 * continuously (about 60 per second), so the gap between two {@code handle(now)} calls is the
 * frame time as the user sees it: everything the FX thread did in between (runLater jobs such as
 * the bridge's update, CSS, layout) plus waiting for the previous frame to be rendered.
 * Start and stop on the FX thread.
 */
final class ScaleBenchFrames extends AnimationTimer {

    /** One gap: {@code fromNanos}/{@code toNanos} are System.nanoTime() at the two handle calls. */
    record Gap(double ms, long fromNanos, long toNanos) { }

    private final List<Gap> gaps = new ArrayList<>();
    private long lastNow;
    private long lastWall;

    @Override
    public void handle(long now) {
        long wall = System.nanoTime();
        if (lastNow != 0) {
            gaps.add(new Gap((now - lastNow) / 1e6, lastWall, wall));
        }
        lastNow = now;
        lastWall = wall;
    }

    /** FX thread: stops and returns the gaps recorded. */
    List<Gap> finish() {
        stop();
        return List.copyOf(gaps);
    }
}
