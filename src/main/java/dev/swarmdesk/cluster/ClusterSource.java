package dev.swarmdesk.cluster;

import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The port through which the core reads a cluster: one connected manager endpoint.
 * Every method may throw {@link ClusterAccessException}.
 */
public interface ClusterSource extends ServiceSpecs, AutoCloseable {

    /** The endpoint in use, for display (e.g. unix:///var/run/docker.sock). */
    String endpoint();

    String engineVersion();

    /** The swarm node id of the engine this source talks to. */
    String localNodeId();

    List<SwarmNode> listNodes();

    /** All services with the manager's running/desired/completed counts. */
    List<SwarmService> listServices();

    /** The tasks of the given services, or of all services when {@code serviceIds} is empty. */
    List<SwarmTask> listTasks(Collection<String> serviceIds);

    /**
     * Streams engine events until closed. {@code onEnd} is called once if the stream ends
     * by itself or fails (the connection is then probably gone).
     */
    AutoCloseable streamEvents(Consumer<EngineSignal> onSignal, Consumer<Throwable> onEnd);

    /**
     * Streams the log of a service (all its tasks, merged) or of one task on a background thread,
     * until closed; the call itself does no I/O. {@code onLine} gets complete lines in the order
     * the engine sends them. {@code onEnd} is called once if the stream ends by itself: with null
     * when the engine ended it (a log read to its end without follow, a service removed), with
     * the error when it failed (no such service, connection lost). After close() neither is called.
     * A source without logs (a test fake) reports that through {@code onEnd}.
     */
    default AutoCloseable streamLogs(LogRequest request, Consumer<LogLine> onLine, Consumer<Throwable> onEnd) {
        onEnd.accept(new UnsupportedOperationException("this cluster source has no logs"));
        return () -> { };
    }

    @Override
    void close();
}
