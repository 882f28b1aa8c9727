package dev.swarmdesk.ui.fx;

import dev.swarmdesk.cluster.ChangeBatch;
import dev.swarmdesk.cluster.ClusterChange;
import dev.swarmdesk.cluster.ClusterNews;
import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.NewsFeed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one hand-off from the model to the FX thread (the only caller of Platform.runLater).
 * Change batches from the store are queued and delivered together at most once per pulse,
 * so a burst of task changes costs the FX thread one update, not one per event.
 */
public final class FxModelBridge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxModelBridge.class);
    static final long PULSE_MILLIS = 100;

    private final ClusterStore store;
    private final AutoCloseable subscription;
    private final ConcurrentLinkedQueue<ChangeBatch> queue = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<ClusterNews> newsQueue = new ConcurrentLinkedQueue<>();
    private final AutoCloseable newsSubscription;
    private final AtomicBoolean handOffPending = new AtomicBoolean();
    private final List<Consumer<ModelUpdate>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "swarmdesk-fx-bridge");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastHandOffNanos;

    public FxModelBridge(ClusterStore store, NewsFeed news) {
        this.store = store;
        this.subscription = store.subscribe(this::enqueue);
        this.newsSubscription = news.subscribe(n -> {
            newsQueue.add(n);
            requestHandOff();
        });
    }

    /** Call on the FX thread. The listener gets the current snapshot at once, then every update. */
    public void subscribe(Consumer<ModelUpdate> listener) {
        listeners.add(listener);
        listener.accept(new ModelUpdate(List.of(), List.of(), store.snapshot()));
    }

    /** The model as it is now (any thread). */
    public ClusterSnapshot snapshot() {
        return store.snapshot();
    }

    public void unsubscribe(Consumer<ModelUpdate> listener) {
        listeners.remove(listener);
    }

    /** Runs UI work on the FX thread: for results of background jobs. */
    public static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private void enqueue(ChangeBatch batch) {
        queue.add(batch);
        requestHandOff();
    }

    private void requestHandOff() {
        if (handOffPending.compareAndSet(false, true)) {
            long sinceLast = (System.nanoTime() - lastHandOffNanos) / 1_000_000;
            long wait = Math.max(0, PULSE_MILLIS - sinceLast);
            timer.schedule(() -> Platform.runLater(this::deliver), wait, TimeUnit.MILLISECONDS);
        }
    }

    private void deliver() {
        handOffPending.set(false);
        lastHandOffNanos = System.nanoTime();
        List<ClusterChange> changes = new ArrayList<>();
        ChangeBatch last = null;
        for (ChangeBatch b; (b = queue.poll()) != null; ) {
            changes.addAll(b.changes());
            last = b;
        }
        List<ClusterNews> news = new ArrayList<>();
        for (ClusterNews n; (n = newsQueue.poll()) != null; ) {
            news.add(n);
        }
        if (last == null && news.isEmpty()) {
            return;
        }
        ModelUpdate update = new ModelUpdate(changes, news, last == null ? store.snapshot() : last.snapshot());
        for (Consumer<ModelUpdate> l : listeners) {
            try {
                l.accept(update);
            } catch (RuntimeException e) {
                LOG.warn("view failed to apply a model update", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            subscription.close();
            newsSubscription.close();
        } catch (Exception e) {
            LOG.debug("unsubscribe failed", e);
        }
        timer.shutdownNow();
    }
}
