package dev.swarmdesk.bench;

import dev.swarmdesk.bench.ScaleBenchProbes.Applied;
import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.listing.ServiceLine;
import dev.swarmdesk.listing.TaskLine;
import dev.swarmdesk.ui.fx.ModelUpdate;
import dev.swarmdesk.ui.services.ServiceRow;
import dev.swarmdesk.ui.shell.View;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/**
 * The in-run references, measured after the churn on the final snapshot (the sync is closed, so
 * nothing else reaches the FX thread): what an update with a single change costs through the same
 * bridge and MainWindow, and what the pieces the views may recompute on every update cost alone.
 * If a churn batch costs about what a one-change update costs, the time goes into recomputing
 * from the whole snapshot, not into the changes.
 */
final class ScaleBenchReference {

    private static final int ONE_CHANGE_UPDATES = 7;
    private static final int MAX_REPEATS = 21;
    private static final long BUDGET_NANOS = 4_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    private ScaleBenchReference() {
    }

    static ScaleBenchResult.Reference measure(ScaleBenchStack stack, double batchMedianMs) throws Exception {
        ScaleBenchRun.fx(() -> {
            stack.probes.startRecording();
            return null;
        });
        ScaleBenchRun.oneChangeUpdates(stack, ONE_CHANGE_UPDATES);
        List<Applied> ones = ScaleBenchRun.fx(() -> stack.probes.stopRecording());
        double oneChange = ScaleBenchStats.median(ones.stream().mapToDouble(Applied::ms).toArray());
        double oneChangeCpu = ScaleBenchStats.median(ones.stream().mapToDouble(Applied::cpuMs).toArray());
        return ScaleBenchRun.fx(() -> {
            ClusterSnapshot snap = stack.bridge.snapshot();
            String selected = selectedServiceId(stack);
            List<SwarmTask> selectedTasks = snap.tasksOf(selected);
            ModelUpdate nothing = new ModelUpdate(List.of(), List.of(), snap);
            double perRow = time(() -> snap.services().keySet().stream().mapToInt(id -> snap.tasksOf(id).size()).sum());
            double index = time(() -> byService(snap).size());
            return new ScaleBenchResult.Reference(oneChange, oneChangeCpu, batchMedianMs / oneChange,
                    time(() -> {
                        stack.views.forEach(v -> v.apply(nothing));
                        return 0;
                    }),
                    time(() -> ServiceLine.of(snap.services()).size()),
                    time(() -> snap.services().values().stream().map(ServiceLine::of).toList().size()),
                    time(() -> snap.tasksOf(selected).size()),
                    perRow, index, perRow / index,
                    time(() -> TaskLine.of(selectedTasks, snap).size()),
                    time(() -> (int) snap.tasks().values().stream().filter(SwarmTask::isRunning).count()),
                    selectedTasks.size());
        });
    }

    /** Every service's tasks in one pass, each list in tasksOf's order. */
    private static Map<String, List<SwarmTask>> byService(ClusterSnapshot snap) {
        Map<String, List<SwarmTask>> out = new HashMap<>();
        for (SwarmTask t : snap.tasks().values()) {
            out.computeIfAbsent(t.serviceId(), k -> new ArrayList<>()).add(t);
        }
        Comparator<SwarmTask> order = Comparator.comparingLong(SwarmTask::slot).thenComparing(SwarmTask::createdAt);
        out.values().forEach(l -> l.sort(order));
        return out;
    }

    private static String selectedServiceId(ScaleBenchStack stack) {
        for (View v : stack.views) {
            Node table = v.node().lookup("#services-table");
            if (table instanceof TableView<?> t && t.getSelectionModel().getSelectedItem() instanceof ServiceRow row) {
                return row.id();
            }
        }
        return "";
    }

    /**
     * Median CPU time of this thread over up to {@link #MAX_REPEATS} repetitions (at least 3, fewer
     * when slow), in ms: CPU time, so that other processes on the machine do not inflate it.
     */
    private static double time(IntSupplier work) {
        List<Double> ms = new ArrayList<>();
        long start = System.nanoTime();
        while (ms.size() < 3 || ms.size() < MAX_REPEATS && System.nanoTime() - start < BUDGET_NANOS) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            sink += work.getAsInt();
            ms.add((THREADS.getCurrentThreadCpuTime() - t0) / 1e6);
        }
        return ScaleBenchStats.median(ms.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
