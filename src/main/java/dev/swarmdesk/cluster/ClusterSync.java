package dev.swarmdesk.cluster;

import dev.swarmdesk.cluster.ConnectionStatus.Phase;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link ClusterStore} equal to the cluster: a full listing at connect and after every
 * reconnect, the engine's event stream for what it reports, and polling for tasks (which have
 * no events). All store writes happen on one thread, "swarmdesk-sync", so they stay in order.
 * When the engine stops answering, the sync reconnects through its {@link ClusterConnector}
 * (which may pick another manager) and re-lists, so nothing stale survives.
 */
public final class ClusterSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterSync.class);
    private static final Duration BURST_EVERY = Duration.ofMillis(40);
    private static final Duration BURST_FOR = Duration.ofSeconds(1);

    private final ClusterConnector connector;
    private final ClusterStore store;
    private final SyncSettings settings;
    private final ScheduledExecutorService thread;
    private final HotServices hot;

    private ClusterSource source;
    private AutoCloseable events;
    private ScheduledFuture<?> tick;
    private long lastFullTasks;
    private long lastNodes;
    private boolean nodesDirty;
    private int failedAttempts;
    private volatile boolean closed;

    public ClusterSync(ClusterConnector connector, ClusterStore store, SyncSettings settings) {
        this.connector = connector;
        this.store = store;
        this.settings = settings;
        this.hot = new HotServices(settings.hotFor().toNanos());
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "swarmdesk-sync");
            t.setDaemon(true);
            return t;
        });
    }

    /** Connects in the background; progress shows in the store's connection status. */
    public void start() {
        thread.execute(() -> connect(Phase.CONNECTING));
    }

    private void connect(Phase phase) {
        if (closed) {
            return;
        }
        store.setConnection(new ConnectionStatus(phase, store.snapshot().connection().endpoint(), "",
                store.snapshot().connection().message()));
        try {
            ClusterSource s = connector.connect();
            source = s;
            long now = System.nanoTime();
            store.replaceAll(s.listNodes(), s.listServices(), s.listTasks(List.of()));
            lastFullTasks = now;
            lastNodes = now;
            hot.update(store.snapshot().services(), now);
            events = s.streamEvents(signal -> thread.execute(() -> onSignal(signal)),
                    error -> thread.execute(() -> lost(s, error)));
            failedAttempts = 0;
            store.setConnection(new ConnectionStatus(Phase.CONNECTED, s.endpoint(), s.engineVersion(), ""));
            LOG.info("connected to {} (engine {})", s.endpoint(), s.engineVersion());
            scheduleTick(settings.fastTick());
        } catch (ClusterAccessException e) {
            LOG.info("connect failed: {}", e.getMessage());
            dropSource();
            failedAttempts++;
            Phase next = phase == Phase.CONNECTING && failedAttempts == 1 ? Phase.FAILED : Phase.RECONNECTING;
            store.setConnection(new ConnectionStatus(next, store.snapshot().connection().endpoint(), "",
                    e.getMessage()));
            thread.schedule(() -> connect(Phase.RECONNECTING), backoff().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.warn("unexpected failure while connecting", e);
            dropSource();
            failedAttempts++;
            thread.schedule(() -> connect(Phase.RECONNECTING), backoff().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Duration backoff() {
        long ms = 100L << Math.min(failedAttempts, 5);
        return Duration.ofMillis(Math.min(ms, settings.maxBackoff().toMillis()));
    }

    private void scheduleTick(Duration delay) {
        if (!closed) {
            tick = thread.schedule(this::tick, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void tick() {
        ClusterSource s = source;
        if (s == null || closed) {
            return;
        }
        try {
            long now = System.nanoTime();
            List<SwarmService> services = s.listServices();
            store.replaceServices(services);
            Set<String> hotIds = hot.update(byId(services), now);
            if (now - lastFullTasks >= settings.fullTasksEvery().toNanos()) {
                List<SwarmTask> all = s.listTasks(List.of());
                store.replaceTasks(t -> true, all);
                lastFullTasks = now;
            } else if (!hotIds.isEmpty()) {
                List<SwarmTask> some = s.listTasks(hotIds);
                store.replaceTasks(t -> hotIds.contains(t.serviceId()), some);
            }
            if (nodesDirty || now - lastNodes >= settings.nodesEvery().toNanos()) {
                store.replaceNodes(s.listNodes());
                lastNodes = now;
                nodesDirty = false;
            }
            scheduleTick(settings.fastTick());
        } catch (ClusterAccessException e) {
            if (e.connectionLost()) {
                lost(s, e);
            } else {
                LOG.warn("poll refused: {}", e.getMessage());
                scheduleTick(settings.fastTick());
            }
        } catch (RuntimeException e) {
            LOG.warn("poll failed", e);
            scheduleTick(settings.fastTick());
        }
    }

    private void onSignal(EngineSignal signal) {
        long now = System.nanoTime();
        switch (signal.type()) {
            case "service" -> hot.touch(signal.actorId(), now);
            case "node" -> nodesDirty = true;
            case "container" -> {
                if (!signal.serviceId().isEmpty()) {
                    hot.touch(signal.serviceId(), now);
                    // the event arrives before the manager has recorded the task's new state:
                    // look at this service's tasks in quick succession until they change
                    String id = signal.serviceId();
                    List<SwarmTask> before = store.snapshot().tasksOf(id);
                    thread.execute(() -> burst(id, before, now + BURST_FOR.toNanos()));
                }
            }
            default -> { }
        }
    }

    private void burst(String serviceId, List<SwarmTask> before, long until) {
        ClusterSource s = source;
        if (s == null || closed || System.nanoTime() - until > 0) {
            return;
        }
        try {
            store.replaceTasks(t -> t.serviceId().equals(serviceId), s.listTasks(Set.of(serviceId)));
        } catch (RuntimeException e) {
            // the regular tick notices a lost connection; a burst only looks sooner
            LOG.debug("burst poll failed", e);
            return;
        }
        if (store.snapshot().tasksOf(serviceId).equals(before)) {
            thread.schedule(() -> burst(serviceId, before, until), BURST_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void lost(ClusterSource which, Throwable error) {
        if (closed || which != source) {
            return;
        }
        String why = error instanceof ClusterAccessException c ? c.getMessage()
                : "event stream ended" + (error == null || error.getMessage() == null ? "" : ": " + error.getMessage());
        LOG.info("lost {}: {}", which.endpoint(), why);
        if (tick != null) {
            tick.cancel(false);
        }
        dropSource();
        store.setConnection(new ConnectionStatus(Phase.RECONNECTING, which.endpoint(), "", why));
        connect(Phase.RECONNECTING);
    }

    private void dropSource() {
        closeQuietly(events);
        events = null;
        if (source != null) {
            closeQuietly(source);
        }
        source = null;
    }

    private static Map<String, SwarmService> byId(List<SwarmService> services) {
        return services.stream().collect(Collectors.toMap(SwarmService::id, Function.identity(), (a, b) -> b));
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("close failed", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.execute(() -> {
            dropSource();
            store.setConnection(new ConnectionStatus(Phase.CLOSED, "", "", ""));
        });
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
