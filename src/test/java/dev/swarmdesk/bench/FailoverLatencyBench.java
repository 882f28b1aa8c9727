package dev.swarmdesk.bench;

import dev.swarmdesk.cluster.ChangeBatch;
import dev.swarmdesk.cluster.ClusterChange.TaskChange;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.lab.LabServices;
import dev.swarmdesk.lab.LabSwarm;
import dev.swarmdesk.lab.LabSwarm.LabNode;
import dev.swarmdesk.lab.LiveModel;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * How fast the live model shows a killed container's task as failed, and its replacement,
 * for a container on the manager and one on a worker (whose container events never reach the
 * manager's event stream). Runs on the lab swarm; see README "Benchmarks".
 *
 * <p>Zero is the moment the kill request is sent. Reported per run: model shows the task failed,
 * model shows the replacement task, model shows it running; and, as the in-run reference, when
 * the engine itself recorded the failure (the task's status timestamp) and created the
 * replacement: SwarmDesk cannot see a failure before the engine records it.
 */
public final class FailoverLatencyBench {

    private record Run(String where, double engineFailedMs, double modelFailedMs, double engineReplacementMs,
                       double modelReplacementMs, double modelRunningMs) { }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        PrintStream out = System.out;
        LabSwarm lab = LabSwarm.get();
        List<Run> results = new ArrayList<>();
        try (LabServices services = new LabServices(lab); LiveModel model = new LiveModel(lab.connector())) {
            List<SwarmNode> nodes = new ArrayList<>(model.store.snapshot().nodes().values());
            SwarmNode manager = nodes.stream().filter(SwarmNode::leader).findFirst().orElseThrow();
            SwarmNode worker = nodes.stream().filter(n -> !n.isManager() && n.isReady())
                    .min(Comparator.comparing(SwarmNode::hostname)).orElseThrow();
            for (SwarmNode target : List.of(manager, worker)) {
                LabNode labNode = target == manager ? lab.host() : lab.node(target.hostname()).orElseThrow();
                String where = target == manager ? "manager" : "worker";
                String id = services.create(LabSwarm.uniqueName("bench-" + where), "--replicas", "1",
                        "--constraint", "node.hostname==" + target.hostname(), "--restart-delay", "0s",
                        LabSwarm.IMAGE, "sleep", "3600");
                for (int i = 0; i < runs; i++) {
                    Run r = once(model, labNode, id, where);
                    results.add(r);
                    out.printf(Locale.ROOT, "%-8s run %d: engine failed %6.0f ms | model failed %6.0f ms |"
                                    + " engine replacement %6.0f ms | model replacement %6.0f ms | model running %6.0f ms%n",
                            where, i + 1, r.engineFailedMs(), r.modelFailedMs(), r.engineReplacementMs(),
                            r.modelReplacementMs(), r.modelRunningMs());
                }
            }
        }
        StringBuilder json = new StringBuilder("[\n");
        for (String where : List.of("manager", "worker")) {
            List<Run> rs = results.stream().filter(r -> r.where().equals(where)).toList();
            double mf = median(rs, Run::modelFailedMs);
            double ef = median(rs, Run::engineFailedMs);
            double mr = median(rs, Run::modelReplacementMs);
            double er = median(rs, Run::engineReplacementMs);
            double mrun = median(rs, Run::modelRunningMs);
            out.printf(Locale.ROOT, "MEDIAN %-7s (n=%d): model failed %.0f ms (engine recorded it at %.0f ms,"
                    + " model/engine %.2f) | model replacement %.0f ms (engine created it at %.0f ms) |"
                    + " replacement running in model %.0f ms%n", where, rs.size(), mf, ef, mf / ef, mr, er, mrun);
            json.append(String.format(Locale.ROOT, "  {\"where\":\"%s\",\"runs\":%d,\"modelFailedMs\":%.1f,"
                    + "\"engineFailedMs\":%.1f,\"modelReplacementMs\":%.1f,\"engineReplacementMs\":%.1f,"
                    + "\"modelRunningMs\":%.1f},%n", where, rs.size(), mf, ef, mr, er, mrun));
        }
        json.setLength(json.length() - 2);
        json.append("\n]\n");
        Path file = Path.of("target", "bench", "failover-latency.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        out.println("written " + file);
        System.exit(0);
    }

    private static Run once(LiveModel model, LabNode node, String serviceId, String where) throws Exception {
        LabSwarm.await("one running task of " + where, Duration.ofSeconds(60), () -> model.store.snapshot()
                .tasksOf(serviceId).stream().anyMatch(SwarmTask::isRunning));
        Thread.sleep(1000);
        SwarmTask victim = model.store.snapshot().tasksOf(serviceId).stream().filter(SwarmTask::isRunning)
                .findFirst().orElseThrow();
        long[] seen = new long[3];
        AutoCloseable sub = model.store.subscribe((ChangeBatch b) -> {
            long now = System.nanoTime();
            for (var c : b.changes()) {
                if (c instanceof TaskChange tc && tc.after() != null && tc.after().serviceId().equals(serviceId)) {
                    SwarmTask t = tc.after();
                    if (t.id().equals(victim.id()) && t.state() == TaskState.FAILED && seen[0] == 0) {
                        seen[0] = now;
                    } else if (!t.id().equals(victim.id()) && t.slot() == victim.slot()
                            && t.createdAt().isAfter(victim.createdAt())) {
                        if (seen[1] == 0) {
                            seen[1] = now;
                        }
                        if (t.isRunning() && seen[2] == 0) {
                            seen[2] = now;
                        }
                    }
                }
            }
        });
        Instant killedAt = Instant.now();
        long t0 = System.nanoTime();
        RawKill.kill(node.dockerHost(), victim.containerId());
        LabSwarm.await("failure and running replacement in the model", Duration.ofSeconds(30),
                () -> seen[0] != 0 && seen[2] != 0);
        sub.close();
        SwarmTask failed = model.store.snapshot().tasks().get(victim.id());
        SwarmTask replacement = model.store.snapshot().tasksOf(serviceId).stream()
                .filter(t -> t.slot() == victim.slot() && !t.id().equals(victim.id()))
                .max(Comparator.comparing(SwarmTask::createdAt)).orElseThrow();
        return new Run(where,
                Duration.between(killedAt, failed.statusAt()).toNanos() / 1e6,
                (seen[0] - t0) / 1e6,
                Duration.between(killedAt, replacement.createdAt()).toNanos() / 1e6,
                (seen[1] - t0) / 1e6,
                (seen[2] - t0) / 1e6);
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
