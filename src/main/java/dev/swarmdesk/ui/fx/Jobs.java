package dev.swarmdesk.ui.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background work for the window: never on the FX thread, results handed back through
 * {@link FxModelBridge#onFx}. Running jobs are listed (for the status bar); a failure is shown
 * as a readable message by whoever subscribes to {@link #onFailure}.
 */
public final class Jobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    /** One unit of background work, as the status bar shows it. */
    public record Job(int id, String title) { }

    private final ExecutorService pool;
    private final ObservableList<Job> running = FXCollections.observableArrayList();
    private final AtomicInteger ids = new AtomicInteger();
    private Consumer<JobFailure> onFailure = f -> { };

    /** A job that failed: what was being done, and why. */
    public record JobFailure(String title, Throwable error) { }

    public Jobs(int threads) {
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "swarmdesk-job-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The jobs running now (FX thread). */
    public ObservableList<Job> running() {
        return running;
    }

    public void onFailure(Consumer<JobFailure> handler) {
        onFailure = handler;
    }

    /**
     * Runs {@code work} in the background; {@code done} gets its result on the FX thread. Call on
     * the FX thread.
     */
    public <T> CompletableFuture<T> run(String title, Callable<T> work, Consumer<T> done) {
        Job job = new Job(ids.incrementAndGet(), title);
        running.add(job);
        CompletableFuture<T> result = new CompletableFuture<>();
        pool.execute(() -> {
            try {
                T value = work.call();
                FxModelBridge.onFx(() -> {
                    running.remove(job);
                    done.accept(value);
                });
                result.complete(value);
            } catch (Exception e) {
                LOG.info("{} failed: {}", title, e.toString());
                FxModelBridge.onFx(() -> {
                    running.remove(job);
                    onFailure.accept(new JobFailure(title, e));
                });
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
