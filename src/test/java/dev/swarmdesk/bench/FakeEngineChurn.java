package dev.swarmdesk.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drives a {@link FakeEngineCluster} at a steady rate of task changes per second, in small
 * steps every 10 ms so the changes arrive evenly, on its own thread ("fake-engine-churn").
 */
final class FakeEngineChurn implements AutoCloseable {

    private final FakeEngineCluster cluster;
    private final double perSecond;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-engine-churn");
        t.setDaemon(true);
        return t;
    });
    private long startNanos;
    private long stopNanos;
    private volatile long made;

    FakeEngineChurn(FakeEngineCluster cluster, double perSecond) {
        this.cluster = cluster;
        this.perSecond = perSecond;
    }

    void start() {
        startNanos = System.nanoTime();
        thread.scheduleAtFixedRate(this::step, 0, 10, TimeUnit.MILLISECONDS);
    }

    private void step() {
        long now = System.nanoTime();
        long owed = (long) (perSecond * (now - startNanos) / 1e9) - made;
        if (owed > 0) {
            made += cluster.change((int) owed, now);
        }
    }

    /** Task changes made so far. */
    long made() {
        return made;
    }

    /** Task changes per second achieved from start to close. */
    double achievedRate() {
        long end = stopNanos == 0 ? System.nanoTime() : stopNanos;
        return made / ((end - startNanos) / 1e9);
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopNanos = System.nanoTime();
    }
}
