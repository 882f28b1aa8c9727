package dev.swarmdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SwarmDesk at scale, on a FAKE engine: a synthetic cluster of 100 nodes, 2,000 services and
 * 20,000 tasks ({@link FakeEngineClusterSource}, in memory) fed through the real ClusterSync
 * (SyncSettings.defaults(): full listing, then polling), ClusterStore, NewsFeed, FxModelBridge and
 * MainWindow with the app's views, in a real JavaFX Stage. See README "Benchmarks"; run it under
 * {@code xvfb-run -a}. Each run is a JVM of its own ({@link ScaleBenchRun}, started with -Xmx1g
 * and -Dprism.order=sw), so every full load is a first load, as at the app's connect, and the
 * heap of one run is not mixed with Maven's or another run's. Reports every run, the medians,
 * and writes target/bench/scale.json. Arguments: runs (5), churn seconds (10), task changes per
 * second (1000). Extra JVM options for the runs (e.g. JFR): -Dscalebench.jvmArgs="..." ({run} is
 * replaced by the run number).
 *
 * <p>What is measured, per run:
 * <ul>
 * <li>Full load: from the moment the sync's first full task listing returns (replaceAll starts)
 *     to the store's first and last listener (the diff; replaceAll with its listeners), to the FX
 *     thread starting and finishing MainWindow's application of the first ModelUpdate that holds
 *     the cluster (timed by bridge listeners subscribed before and after MainWindow's), and to the
 *     end of the next layout pass. "cold" is the first connect of the JVM; "warm" a second connect
 *     into a fresh model and window in the same JVM after the churn.</li>
 * <li>Update batches: every ModelUpdate's application on the FX thread during a window (10 s) in
 *     which the fake engine makes 1,000 task changes per second (a running task fails and a
 *     replacement is created in its slot, replacements go preparing to running 200-800 ms later;
 *     the manager's counts follow), seen through the sync's real polling.</li>
 * <li>Heap: used heap after System.gc() with the window shown and no model, after the full load,
 *     and after the churn (the JVM may use up to 1 GiB, so a small limit hides nothing).</li>
 * <li>Frames: with nothing animating JavaFX pulses only when something asks for one, so an
 *     AnimationTimer runs during the churn window; it keeps the toolkit pulsing (~60 Hz) and
 *     records the gap between consecutive {@code handle(now)} calls: the frame time a user sees,
 *     including the bridge's runLater work between pulses, CSS, layout and waiting for rendering.
 *     Long frames are matched against the update applications that overlapped them.</li>
 * <li>Reference in the same run: an update carrying a single change (the connection message)
 *     through the same bridge and MainWindow on the same 20,000-task snapshot, against the churn
 *     batch median (ratio near 1: the cost does not depend on what changed); plus the pieces the
 *     views recompute on every update, timed alone on the FX thread.</li>
 * </ul>
 * The fake engine returns new objects on every listing (as decoding would) but does no JSON
 * decoding and no I/O, so the sync thread's load is lighter than with a real engine.
 */
public final class ScaleBenchWithFakeEngine {

    private static final double LOAD_GOAL_MS = 150;
    private static final double BATCH_GOAL_MS = 16;
    private static final double HEAP_GOAL_MB = 300;
    private static final double FRAME_GOAL_MS = 50;

    private ScaleBenchWithFakeEngine() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String seconds = args.length > 1 ? args[1] : "10";
        String rate = args.length > 2 ? args[2] : "1000";
        if (System.getenv("DISPLAY") == null) {
            System.err.println("ScaleBenchWithFakeEngine opens a JavaFX window: run it under xvfb-run -a (no DISPLAY)");
            System.exit(2);
        }
        if (runs < 5) {
            System.out.println("note: " + runs + " run(s); the goals are judged on medians of at least 5");
        }
        ObjectMapper json = new ObjectMapper();
        List<ObjectNode> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            ObjectNode r = runOnce(json, run, seconds, rate);
            results.add(r);
            printRun(r);
        }
        Map<String, double[]> metrics = metrics(results);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-42s%s%10s%n", "metric (ms, MiB; per run)",
                String.join("", java.util.stream.IntStream.rangeClosed(1, runs)
                        .mapToObj(i -> String.format(Locale.ROOT, "%10s", "run " + i)).toList()), "MEDIAN");
        ObjectNode medians = json.createObjectNode();
        metrics.forEach((name, values) -> {
            double median = ScaleBenchStats.median(values);
            medians.put(name, median);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-42s", name));
            Arrays.stream(values).forEach(v -> line.append(String.format(Locale.ROOT, "%10.1f", v)));
            System.out.println(line.append(String.format(Locale.ROOT, "%10.1f", median)));
        });
        ObjectNode goals = goals(json, medians, metrics, runs);
        ObjectNode out = json.createObjectNode();
        out.put("bench", "ScaleBenchWithFakeEngine");
        out.put("engine", "fake: in-memory FakeEngineClusterSource, no JSON, no I/O");
        out.put("pipeline", "real ClusterSync(SyncSettings.defaults()) + ClusterStore + NewsFeed + FxModelBridge"
                + " + MainWindow in a JavaFX Stage (prism sw)");
        out.set("views", results.get(0).get("views"));
        out.put("runs", runs);
        out.put("churnSeconds", Double.parseDouble(seconds));
        out.put("taskChangesPerSecond", Double.parseDouble(rate));
        out.set("median", medians);
        out.set("goals", goals);
        out.set("perRun", json.valueToTree(results));
        Path file = Path.of("target", "bench", "scale.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        System.out.println("written " + file);
        System.exit(0);
    }

    private static ObjectNode runOnce(ObjectMapper json, int run, String seconds, String rate) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dprism.order=sw"));
        for (String a : System.getProperty("scalebench.jvmArgs", "").trim().split("\\s+")) {
            if (!a.isEmpty()) {
                cmd.add(a.replace("{run}", Integer.toString(run)));
            }
        }
        cmd.addAll(List.of("-cp", classpath(), ScaleBenchRun.class.getName(), Integer.toString(run), seconds, rate));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ObjectNode result = null;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    result = (ObjectNode) json.readTree(line.substring("RESULT ".length()));
                } else {
                    System.out.println(line);
                }
            }
        }
        int exit = p.waitFor();
        if (exit != 0 || result == null) {
            System.err.println("run " + run + " failed (exit " + exit + ")");
            System.exit(1);
        }
        return result;
    }

    /** The class path of this class: Maven's exec:java loader when run that way, else java.class.path. */
    private static String classpath() throws Exception {
        ClassLoader cl = ScaleBenchWithFakeEngine.class.getClassLoader();
        if (cl instanceof URLClassLoader u && cl != ClassLoader.getSystemClassLoader()) {
            List<String> parts = new ArrayList<>();
            for (URL url : u.getURLs()) {
                parts.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static void printRun(JsonNode r) {
        System.out.printf(Locale.ROOT, "run %.0f (load average %.1f -> %.1f on %.0f CPUs)%n", v(r, "run"),
                v(r, "loadAverageBefore"), v(r, "loadAverageAfter"), v(r, "cpus"));
        System.out.printf(Locale.ROOT, "  full load: listed->FX applied %.0f ms (replaceAll %.0f, bridge wait %.0f,"
                        + " FX apply %.0f; CPU %.0f + %.0f), laid out at %.0f"
                        + " | warm: %.0f ms (CPU %.0f)%n",
                v(r, "cold.listedToFxMs"), v(r, "cold.replaceAllMs"), v(r, "cold.bridgeWaitMs"), v(r, "cold.fxApplyMs"),
                v(r, "cold.replaceAllCpuMs"), v(r, "cold.fxApplyCpuMs"), v(r, "cold.listedToLaidOutMs"),
                v(r, "warm.listedToFxMs"), v(r, "warm.loadCpuMs"));
        System.out.printf(Locale.ROOT, "  churn %.0f changes/s: %.0f updates of %.0f changes; batch median %.1f ms"
                        + " (FX CPU %.1f), p99 %.1f, max %.1f%n",
                v(r, "churn.achievedRate"), v(r, "churn.updates"), v(r, "churn.changesPerUpdateMedian"),
                v(r, "churn.batchMedianMs"), v(r, "churn.batchCpuMedianMs"), v(r, "churn.batchP99Ms"),
                v(r, "churn.batchMaxMs"));
        System.out.printf(Locale.ROOT, "  frames %.0f, max %.1f ms, %.0f over 50 ms (%.0f during a batch)"
                        + " | GC %.0f, %.0f ms"
                        + " | CPU: FX thread %.0f%%, sync thread %.0f%%%n",
                v(r, "churn.frames"), v(r, "churn.frameMaxMs"), v(r, "churn.framesOver50"),
                v(r, "churn.framesOver50WithBatch"), v(r, "churn.gcCount"), v(r, "churn.gcMs"),
                v(r, "churn.fxThreadCpuPercent"), v(r, "churn.syncThreadCpuPercent"));
        System.out.printf(Locale.ROOT, "  heap: window only %.0f MiB, after load %.0f, after churn %.0f | reference:"
                        + " one-change update %.1f ms (FX CPU %.1f), batch/one-change %.2f%n",
                v(r, "heap.baselineMb"), v(r, "heap.afterLoadMb"), v(r, "heap.afterChurnMb"),
                v(r, "reference.oneChangeUpdateMs"), v(r, "reference.oneChangeUpdateCpuMs"),
                v(r, "reference.batchOverOneChange"));
    }

    private static double v(JsonNode r, String path) {
        JsonNode n = r;
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        return n.asDouble(Double.NaN);
    }

    /** Every numeric leaf of the runs' results, by dotted path, one value per run. */
    private static Map<String, double[]> metrics(List<ObjectNode> results) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            int run = i;
            flatten("", results.get(i),
                    (name, v) -> out.computeIfAbsent(name, k -> new double[results.size()])[run] = v);
        }
        out.remove("run");
        return out;
    }

    private static void flatten(String prefix, JsonNode node, java.util.function.ObjDoubleConsumer<String> sink) {
        node.fields().forEachRemaining(e -> {
            String name = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isNumber()) {
                sink.accept(name, e.getValue().asDouble());
            } else if (e.getValue().isObject()) {
                flatten(name, e.getValue(), sink);
            }
        });
    }

    private static ObjectNode goals(ObjectMapper json, ObjectNode m, Map<String, double[]> metrics, int runs) {
        ObjectNode g = json.createObjectNode();
        double load = m.get("cold.listedToFxMs").asDouble();
        double batch = m.get("churn.batchMedianMs").asDouble();
        double batchMax = m.get("churn.batchMaxMs").asDouble();
        double heap = Math.max(m.get("heap.afterLoadMb").asDouble(), m.get("heap.afterChurnMb").asDouble());
        double frameMax = m.get("churn.frameMaxMs").asDouble();
        double longFrames = Arrays.stream(metrics.get("churn.framesOver50")).sum();
        System.out.println();
        System.out.printf(Locale.ROOT, "GOALS (medians of %d runs, each its own JVM; fake engine; machine load average"
                + " %.1f on %.0f CPUs)%n", runs, m.get("loadAverageBefore").asDouble(), m.get("cpus").asDouble());
        if (m.get("loadAverageBefore").asDouble() > m.get("cpus").asDouble()) {
            System.out.println("  WARNING: the machine was busy (load average above the CPU count): wall-clock times"
                    + " include waiting for a CPU; the FX-thread CPU times below do not");
        }
        goal(g, "fullLoad", "full load <= 150 ms (cold, listing -> FX applied)", load, load <= LOAD_GOAL_MS);
        System.out.printf(Locale.ROOT, "      CPU time of the load (replaceAll on the sync thread + FX apply): %.1f ms"
                + " (%.1f + %.1f); warm load %.1f ms wall, %.1f ms CPU%n",
                m.get("cold.loadCpuMs").asDouble(), m.get("cold.replaceAllCpuMs").asDouble(),
                m.get("cold.fxApplyCpuMs").asDouble(), m.get("warm.listedToFxMs").asDouble(),
                m.get("warm.loadCpuMs").asDouble());
        goal(g, "batchMedian", "update batch <= 16 ms on the FX thread (median)", batch, batch <= BATCH_GOAL_MS);
        goal(g, "batchMax", "update batch <= 16 ms on the FX thread (max)", batchMax, batchMax <= BATCH_GOAL_MS);
        System.out.printf(Locale.ROOT, "      FX-thread CPU per batch: median %.1f ms, max %.1f ms%n",
                m.get("churn.batchCpuMedianMs").asDouble(), m.get("churn.batchCpuMaxMs").asDouble());
        goal(g, "heap", "heap <= 300 MB (used after GC, load or churn)", heap, heap <= HEAP_GOAL_MB);
        goal(g, "frames", "no frame > 50 ms (median of per-run max frame)", frameMax, frameMax <= FRAME_GOAL_MS);
        System.out.printf(Locale.ROOT, "      frames > 50 ms over all %d runs: %.0f%n", runs, longFrames);
        g.put("framesOver50AllRuns", longFrames);
        return g;
    }

    private static void goal(ObjectNode g, String key, String what, double value, boolean met) {
        System.out.printf(Locale.ROOT, "  %-55s %8.1f  %s%n", what, value, met ? "MET" : "MISSED");
        ObjectNode o = g.putObject(key);
        o.put("value", value);
        o.put("met", met);
    }
}
