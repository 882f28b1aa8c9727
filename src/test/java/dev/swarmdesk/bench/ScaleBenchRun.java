package dev.swarmdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swarmdesk.bench.ScaleBenchFrames.Gap;
import dev.swarmdesk.bench.ScaleBenchProbes.Applied;
import dev.swarmdesk.bench.ScaleBenchResult.Churn;
import dev.swarmdesk.bench.ScaleBenchResult.Heap;
import dev.swarmdesk.bench.ScaleBenchResult.Load;
import dev.swarmdesk.cluster.ClusterSync;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.cluster.ConnectionStatus.Phase;
import dev.swarmdesk.cluster.SyncSettings;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.shell.MainWindow;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * One run of {@link ScaleBenchWithFakeEngine}, in a JVM of its own (the parent starts it with
 * -Xmx1g and -Dprism.order=sw): cold full load, churn window, heap, references, then a warm full
 * load into a second window. Prints progress on stderr and one line "RESULT {json}" on stdout.
 * Arguments: run number (also the fake cluster's seed), churn seconds, task changes per second.
 */
public final class ScaleBenchRun {

    static final int NODES = 100;
    static final int SERVICES = 2000;
    static final int TASKS = 20_000;
    static final long TIMEOUT_SECONDS = 300;

    private ScaleBenchRun() {
    }

    public static void main(String[] args) {
        try {
            once(args);
        } catch (Throwable e) {
            e.printStackTrace();
        }
        // reached only on failure: the FX thread would keep the JVM alive
        System.exit(1);
    }

    private static void once(String[] args) throws Exception {
        int run = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        double rate = Double.parseDouble(args[2]);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Platform.setImplicitExit(false);
        CompletableFuture<Void> toolkit = new CompletableFuture<>();
        Platform.startup(() -> toolkit.complete(null));
        toolkit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Stage stage = fx(() -> {
            MainWindow.applyTheme(false);
            Stage s = new Stage();
            s.setTitle("SwarmDesk scale bench (fake engine)");
            return s;
        });

        FakeEngineCluster cluster = new FakeEngineCluster(run, NODES, SERVICES, TASKS);
        int tasksAtStart = cluster.taskCount();
        ScaleBenchStack stack = show(stage);
        double baseline = heapMb();
        FakeEngineClusterSource source = new FakeEngineClusterSource(cluster);
        ClusterSync sync = new ClusterSync(() -> source, stack.store, SyncSettings.defaults());
        sync.start();
        Load cold = awaitLoad(stack, source);
        progress(run, "cold full load: listed->FX applied %.1f ms", cold.listedToFxMs());
        Thread.sleep(1000);
        double afterLoad = heapMb();

        Churn churn = churn(stack, cluster, source, seconds, rate);
        progress(run, "churn: %d updates, batch median %.1f ms, max frame %.1f ms", churn.updates(),
                churn.batchMedianMs(), churn.frameMaxMs());
        sync.close();
        Thread.sleep(300);
        double afterChurn = heapMb();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        ScaleBenchResult.Reference reference = ScaleBenchReference.measure(stack, churn.batchMedianMs());
        int tasksAtEnd = cluster.taskCount();
        List<String> views = new ArrayList<>(stack.viewTitles());
        views.add("from " + stack.viewsFrom);
        fx(() -> {
            stack.probes.detach(stack.window.scene());
            stack.close();
            return null;
        });

        // a second connect in the same JVM, into a fresh model and window: the JIT has warmed up
        ScaleBenchStack warmStack = show(stage);
        FakeEngineClusterSource warmSource = new FakeEngineClusterSource(new FakeEngineCluster(run, NODES, SERVICES,
                TASKS));
        ClusterSync warmSync = new ClusterSync(() -> warmSource, warmStack.store, SyncSettings.defaults());
        warmSync.start();
        Load warm = awaitLoad(warmStack, warmSource);
        warmSync.close();
        progress(run, "warm full load: listed->FX applied %.1f ms", warm.listedToFxMs());

        ScaleBenchResult result = new ScaleBenchResult(run, NODES, SERVICES, tasksAtStart, tasksAtEnd,
                Runtime.getRuntime().availableProcessors(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), views, cold, warm, churn,
                new Heap(baseline, afterLoad, afterChurn, heap.getCommitted() / 1048576.0, heap.getMax() / 1048576.0),
                reference);
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(result));
        System.out.flush();
        System.exit(0);
    }

    /** Shows a fresh window and waits for its first frames, as DesktopApp connects only after the first frame. */
    private static ScaleBenchStack show(Stage stage) throws Exception {
        CompletableFuture<Void> framed = new CompletableFuture<>();
        ScaleBenchStack stack = fx(() -> {
            ScaleBenchStack s = new ScaleBenchStack();
            stage.setScene(s.window.scene());
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames >= 2) {
                        stop();
                        framed.complete(null);
                    }
                }
            }.start();
            return s;
        });
        framed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Thread.sleep(300);
        return stack;
    }

    private static Load awaitLoad(ScaleBenchStack stack, FakeEngineClusterSource source) throws Exception {
        if (!stack.probes.laidOut().await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the full load never reached the window");
        }
        return stack.probes.load(source.firstFullListingDoneNanos(), source.firstFullListingDoneCpuNanos());
    }

    private static Churn churn(ScaleBenchStack stack, FakeEngineCluster cluster, FakeEngineClusterSource source,
                               double seconds, double rate) throws Exception {
        ScaleBenchFrames frames = new ScaleBenchFrames();
        fx(() -> {
            stack.probes.startRecording();
            frames.start();
            return null;
        });
        long gcCount = gcCount();
        long gcMs = gcMs();
        long fxCpu = threadCpu("JavaFX Application Thread");
        long syncCpu = threadCpu("swarmdesk-sync");
        long listed = source.tasksListed();
        long t0 = System.nanoTime();
        FakeEngineChurn driver = new FakeEngineChurn(cluster, rate);
        driver.start();
        Thread.sleep((long) (seconds * 1000));
        driver.close();
        List<Applied> applied = fx(() -> stack.probes.stopRecording());
        List<Gap> gaps = fx(frames::finish);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double fxPercent = (threadCpu("JavaFX Application Thread") - fxCpu) / 1e7 / elapsed;
        double syncPercent = (threadCpu("swarmdesk-sync") - syncCpu) / 1e7 / elapsed;
        double[] batch = applied.stream().mapToDouble(Applied::ms).toArray();
        double[] frame = gaps.stream().mapToDouble(Gap::ms).toArray();
        List<Gap> longFrames = gaps.stream().filter(g -> g.ms() > 50).toList();
        int withBatch = (int) longFrames.stream().filter(g -> applied.stream()
                .anyMatch(a -> a.startNanos() < g.toNanos() && a.endNanos() > g.fromNanos())).count();
        return new Churn(seconds, rate, driver.achievedRate(), driver.made(), applied.size(),
                ScaleBenchStats.median(applied.stream().mapToDouble(Applied::changes).toArray()),
                ScaleBenchStats.median(applied.stream().mapToDouble(Applied::taskChanges).toArray()),
                ScaleBenchStats.median(batch), ScaleBenchStats.percentile(batch, 99), ScaleBenchStats.max(batch),
                (int) applied.stream().filter(a -> a.ms() > 16).count(),
                ScaleBenchStats.median(applied.stream().mapToDouble(Applied::cpuMs).toArray()),
                ScaleBenchStats.max(applied.stream().mapToDouble(Applied::cpuMs).toArray()), fxPercent, syncPercent,
                gaps.size(), ScaleBenchStats.median(frame), ScaleBenchStats.percentile(frame, 99),
                ScaleBenchStats.max(frame), longFrames.size(), withBatch, gcCount() - gcCount, gcMs() - gcMs,
                (source.tasksListed() - listed) / elapsed);
    }

    /** Sends updates carrying one change through the store, each in its own hand-off. */
    static void oneChangeUpdates(ScaleBenchStack stack, int count) throws Exception {
        for (int k = 0; k < count; k++) {
            int before = stack.probes.appliedCount();
            stack.store.setConnection(new ConnectionStatus(Phase.CLOSED, "", "", "reference " + k));
            await(() -> stack.probes.appliedCount() > before);
            Thread.sleep(120);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }

    /** Used heap after full collections, in MiB. */
    private static double heapMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /** CPU time of the live thread with this name, in ns (0 if there is none). */
    private static long threadCpu(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .map(t -> ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId())).orElse(0L);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMs() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Runs on the FX thread (through the app's one hand-off helper) and waits for the result. */
    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        FxModelBridge.onFx(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void progress(int run, String format, Object... args) {
        System.err.printf("[run %d] %s%n", run, String.format(java.util.Locale.ROOT, format, args));
    }
}
