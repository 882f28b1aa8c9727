package dev.swarmdesk.cli;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.ClusterSync;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.cluster.ConnectionStatus.Phase;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.cluster.SyncSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `watch`: follows the live model and prints one JSON line per change: tasks failing and
 * running, nodes going down and up, services updated, and each completed failover with its
 * recovery time. Runs until interrupted, or for --duration.
 */
@Command(name = "watch", description = "Print one JSON line per cluster change until interrupted")
final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    SwarmDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--duration", paramLabel = "DURATION",
            description = "Stop after this long (ISO-8601 like PT30S, or seconds); default: run until interrupted")
    String duration;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ClusterStore store = new ClusterStore();
        NewsFeed feed = new NewsFeed(Clock.systemUTC());
        store.subscribe(feed);
        CompletableFuture<ConnectionStatus> first = new CompletableFuture<>();
        store.subscribe(batch -> {
            Phase p = batch.snapshot().connection().phase();
            if (p == Phase.CONNECTED || p == Phase.FAILED) {
                first.complete(batch.snapshot().connection());
            }
        });
        feed.subscribe(news -> {
            synchronized (out) {
                out.println(NewsJson.of(news).toString());
                out.flush();
            }
        });
        try (ClusterSync sync = new ClusterSync(root.connectors.open(root.flags.toOptions()), store,
                SyncSettings.defaults())) {
            sync.start();
            ConnectionStatus status = first.get();
            if (status.phase() == Phase.FAILED) {
                spec.commandLine().getErr().println("swarmdesk: " + status.message());
                return 1;
            }
            CountDownLatch forever = new CountDownLatch(1);
            if (duration == null) {
                forever.await();
            } else {
                forever.await(parse(duration).toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return 0;
    }

    private static Duration parse(String text) {
        if (text.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        return Duration.parse(text.toUpperCase().startsWith("P") ? text : "PT" + text);
    }
}
