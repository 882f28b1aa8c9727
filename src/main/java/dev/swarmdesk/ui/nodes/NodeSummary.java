package dev.swarmdesk.ui.nodes;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.listing.NodeLine;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the nodes table shows of one node: the `node ls` line plus resources, labels and the
 * number of tasks running on it. Pure: no JavaFX, so it is tested without a toolkit.
 *
 * @param labels the node's labels as "k=v" sorted by key, comma-separated
 * @param runningTasks tasks of the snapshot placed on this node and in state running
 */
record NodeSummary(NodeLine line, long nanoCpus, long memoryBytes, String labels, int runningTasks,
                   boolean down, boolean drained, boolean paused) {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    /** Every node of the snapshot, in `docker node ls` order. */
    static List<NodeSummary> of(ClusterSnapshot snap) {
        Map<String, Integer> running = new HashMap<>();
        for (SwarmTask t : snap.tasks().values()) {
            if (t.isRunning() && t.nodeId() != null && !t.nodeId().isEmpty()) {
                running.merge(t.nodeId(), 1, Integer::sum);
            }
        }
        // the snapshot does not say which node SwarmDesk talks to, so no row is marked "self"
        return NodeLine.of(snap.nodes(), "").stream()
                .map(line -> of(line, snap.nodes().get(line.id()), running.getOrDefault(line.id(), 0)))
                .toList();
    }

    static NodeSummary of(NodeLine line, SwarmNode node, int runningTasks) {
        return new NodeSummary(line, node.nanoCpus(), node.memoryBytes(), labels(node.labels()), runningTasks,
                !node.isReady(), "drain".equals(node.availability()), "pause".equals(node.availability()));
    }

    String id() {
        return line.id();
    }

    String cpus() {
        return cpus(nanoCpus);
    }

    String memory() {
        return memory(memoryBytes);
    }

    /** True when every word of the query is part of the hostname or of a label (any case). */
    boolean matches(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        String text = (line.hostname() + " " + labels).toLowerCase(Locale.ROOT);
        for (String word : q.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** NanoCPUs as a count of CPUs: "2 CPUs", "1 CPU", "0.5 CPUs"; "" when unknown. */
    static String cpus(long nanoCpus) {
        if (nanoCpus <= 0) {
            return "";
        }
        double n = nanoCpus / 1e9;
        String number = n == Math.rint(n) ? Long.toString((long) n)
                : String.format(Locale.ROOT, "%.2f", n).replaceFirst("0$", "");
        return number + (n == 1 ? " CPU" : " CPUs");
    }

    /** Bytes in binary units with one decimal where it helps: "3.8 GiB", "512 MiB"; "" when unknown. */
    static String memory(long bytes) {
        if (bytes <= 0) {
            return "";
        }
        double v = bytes;
        int unit = 0;
        while (v >= 1024 && unit < UNITS.length - 1) {
            v /= 1024;
            unit++;
        }
        String number = String.format(Locale.ROOT, v < 100 ? "%.1f" : "%.0f", v).replaceFirst("\\.0$", "");
        return number + " " + UNITS[unit];
    }

    static String labels(Map<String, String> labels) {
        return new TreeMap<>(labels).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
