package dev.swarmdesk.bench;

import java.util.List;

/**
 * What one run of {@link ScaleBenchWithFakeEngine} measured (one JVM). Times in milliseconds,
 * heap in MiB. Written by the run as one JSON line, read back by the parent. The load averages
 * (1 minute, whole machine) show how much other work competed for the CPUs.
 */
record ScaleBenchResult(int run, int nodes, int services, int tasksAtStart, int tasksAtEnd, int cpus,
                        double loadAverageBefore, double loadAverageAfter, List<String> views,
                        Load cold, Load warm, Churn churn, Heap heap, Reference reference) {

    /**
     * The first full listing, from the moment listTasks(all) returned (replaceAll starts).
     *
     * @param storeDiffMs replaceAll until its first listener runs: diff plus immutable copies
     * @param replaceAllMs replaceAll until its last listener returns (news feed, bridge enqueue)
     * @param replaceAllCpuMs the sync thread's CPU time for the same
     * @param bridgeWaitMs from the first listener until the FX thread starts applying the update
     *     (the bridge's coalescing delay and runLater; the FX thread may start before replaceAll
     *     returns)
     * @param fxApplyMs MainWindow's listeners (shell and shown view) applying that update
     * @param fxApplyCpuMs the FX thread's CPU time for the same
     * @param loadCpuMs replaceAllCpuMs + fxApplyCpuMs: the full load's own work, which waiting for a
     *     CPU on a busy machine does not inflate (the bridge's wait is not in it)
     * @param listedToFxMs from the listing to the update applied on the FX thread: the full-load figure
     * @param listedToLaidOutMs from the listing to the end of the next layout pass
     */
    record Load(double storeDiffMs, double replaceAllMs, double replaceAllCpuMs, double bridgeWaitMs,
                double fxApplyMs, double fxApplyCpuMs, double loadCpuMs, double listedToFxMs,
                double listedToLaidOutMs) { }

    /**
     * The churn window: task changes arriving at a steady rate through the real sync.
     *
     * @param batchOver16 updates whose application took longer than 16 ms
     * @param batchCpuMedianMs the FX thread's CPU time per update (median), unaffected by other processes
     * @param fxThreadCpuPercent the FX thread's CPU time over the window, in percent of one CPU
     * @param syncThreadCpuPercent the same for the sync thread (listing, diffing, publishing)
     * @param framesOver50WithBatch long frames during which an update was being applied
     * @param tasksListedPerSecond tasks the sync read from the (fake) engine per second
     */
    record Churn(double seconds, double targetRate, double achievedRate, long taskChangesMade,
                 int updates, double changesPerUpdateMedian, double taskChangesPerUpdateMedian,
                 double batchMedianMs, double batchP99Ms, double batchMaxMs, int batchOver16,
                 double batchCpuMedianMs, double batchCpuMaxMs, double fxThreadCpuPercent, double syncThreadCpuPercent,
                 int frames, double frameMedianMs, double frameP99Ms, double frameMaxMs,
                 int framesOver50, int framesOver50WithBatch, long gcCount, long gcMs,
                 double tasksListedPerSecond) { }

    /** Used heap after System.gc(): with the window shown and no model, after the full load, after the churn. */
    record Heap(double baselineMb, double afterLoadMb, double afterChurnMb, double committedMb, double maxMb) { }

    /**
     * References measured in the same run, after the churn, on the final snapshot. The pieces
     * (from viewApplyNoChangeMs on) are the FX thread's CPU time, median of up to 21 repetitions.
     *
     * @param oneChangeUpdateMs an update carrying one change (the connection's message) through the
     *     same bridge and MainWindow: the fixed cost every hand-off pays, whatever changed
     * @param batchOverOneChange churn batch median divided by that
     * @param viewApplyNoChangeMs the views' apply(update) with no changes, called directly
     * @param serviceLinesMs ServiceLine.of over all services (map and natural sort by name)
     * @param serviceLinesUnsortedMs the same without the sort
     * @param tasksOfMs ClusterSnapshot.tasksOf(selected service): one scan of all tasks
     * @param tasksOfEveryServiceMs tasksOf for every service, as a per-row lookup does
     * @param tasksByServiceOnceMs all tasks grouped by service in one pass and sorted as tasksOf
     *     sorts them: what an index by service costs to build
     * @param perRowOverIndex tasksOfEveryServiceMs / tasksByServiceOnceMs: what per-row scanning costs
     *     against one index
     * @param taskLinesMs TaskLine.of over the selected service's tasks
     * @param shellRunningCountMs the shell's count of running tasks over all tasks
     */
    record Reference(double oneChangeUpdateMs, double oneChangeUpdateCpuMs, double batchOverOneChange,
                     double viewApplyNoChangeMs, double serviceLinesMs, double serviceLinesUnsortedMs,
                     double tasksOfMs, double tasksOfEveryServiceMs, double tasksByServiceOnceMs,
                     double perRowOverIndex,
                     double taskLinesMs, double shellRunningCountMs, int selectedServiceTasks) { }
}
