package dev.swarmdesk.bench;

import dev.swarmdesk.cluster.ChangeBatch;
import dev.swarmdesk.cluster.ClusterChange.TaskChange;
import dev.swarmdesk.ui.fx.ModelUpdate;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.scene.Scene;

/**
 * Timestamps around the real pipeline. On the store: a listener subscribed before the app's
 * (news feed, bridge) and one after them, so the first full listing's replaceAll is timed from the
 * listing's return to its first listener (diff and copies) and to its last. On the bridge: a
 * listener subscribed before MainWindow's two (shell, shown view) and one after, so each
 * ModelUpdate's application on the FX thread is timed from just before MainWindow's listeners
 * to just after them, in wall-clock time and in the FX thread's CPU time (which other processes
 * competing for the CPU do not inflate). The first update whose snapshot holds services is the full load; the
 * first layout pass after it (a post-layout pulse listener) is when it is laid out.
 */
final class ScaleBenchProbes {

    /** One ModelUpdate applied on the FX thread. */
    record Applied(long startNanos, long endNanos, long cpuNanos, int changes, int taskChanges) {
        double ms() {
            return (endNanos - startNanos) / 1e6;
        }

        double cpuMs() {
            return cpuNanos / 1e6;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private volatile long loadPublishStart;
    private volatile long loadPublishEnd;
    private volatile long loadPublishEndCpu;
    private volatile long loadFxStart;
    private volatile long loadFxEnd;
    private volatile long loadFxCpu;
    private volatile long loadLaidOut;
    private final CountDownLatch laidOut = new CountDownLatch(1);
    private final AtomicInteger appliedCount = new AtomicInteger();
    // FX thread only
    private boolean armed;
    private boolean loadSeen;
    private long currentStart;
    private long currentCpuStart;
    private boolean recording;
    private final List<Applied> applied = new ArrayList<>();
    private Runnable onLaidOut;

    Consumer<ChangeBatch> storeFirst() {
        return b -> {
            if (b.initialLoad()) {
                loadPublishStart = System.nanoTime();
            }
        };
    }

    Consumer<ChangeBatch> storeLast() {
        return b -> {
            if (b.initialLoad()) {
                loadPublishEnd = System.nanoTime();
                loadPublishEndCpu = THREADS.getCurrentThreadCpuTime();
            }
        };
    }

    Consumer<ModelUpdate> fxFirst() {
        return u -> {
            if (armed) {
                currentStart = System.nanoTime();
                currentCpuStart = THREADS.getCurrentThreadCpuTime();
            }
        };
    }

    Consumer<ModelUpdate> fxLast(Scene scene) {
        return u -> {
            if (!armed) {
                return;
            }
            long end = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime() - currentCpuStart;
            if (!loadSeen && !u.snapshot().services().isEmpty()) {
                loadSeen = true;
                loadFxStart = currentStart;
                loadFxEnd = end;
                loadFxCpu = cpu;
                onLaidOut = () -> {
                    if (loadLaidOut == 0) {
                        loadLaidOut = System.nanoTime();
                        laidOut.countDown();
                    }
                };
                scene.addPostLayoutPulseListener(onLaidOut);
            }
            if (recording) {
                int tasks = 0;
                for (var c : u.changes()) {
                    tasks += c instanceof TaskChange ? 1 : 0;
                }
                applied.add(new Applied(currentStart, end, cpu, u.changes().size(), tasks));
            }
            appliedCount.incrementAndGet();
        };
    }

    /** Call on the FX thread once all listeners are subscribed (subscribing delivers a snapshot at once). */
    void arm() {
        armed = true;
    }

    /** FX thread: removes the one-shot layout listener once it has fired. */
    void detach(Scene scene) {
        if (onLaidOut != null) {
            scene.removePostLayoutPulseListener(onLaidOut);
        }
    }

    /** FX thread: start keeping every applied update. */
    void startRecording() {
        applied.clear();
        recording = true;
    }

    /** FX thread: stop, and return what was applied since {@link #startRecording()}. */
    List<Applied> stopRecording() {
        recording = false;
        return List.copyOf(applied);
    }

    int appliedCount() {
        return appliedCount.get();
    }

    CountDownLatch laidOut() {
        return laidOut;
    }

    /**
     * The full load's times, from the moment the first full task listing returned
     * ({@code listedCpuNanos}: the sync thread's CPU time then).
     */
    ScaleBenchResult.Load load(long listedNanos, long listedCpuNanos) {
        return new ScaleBenchResult.Load(
                ms(loadPublishStart - listedNanos),
                ms(loadPublishEnd - listedNanos),
                ms(loadPublishEndCpu - listedCpuNanos),
                ms(loadFxStart - loadPublishStart),
                ms(loadFxEnd - loadFxStart),
                ms(loadFxCpu),
                ms(loadPublishEndCpu - listedCpuNanos + loadFxCpu),
                ms(loadFxEnd - listedNanos),
                ms(loadLaidOut - listedNanos));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
