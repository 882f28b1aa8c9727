package dev.swarmdesk.ui.logs;

import dev.swarmdesk.cluster.ClusterConnector;
import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.cluster.LogLine;
import dev.swarmdesk.cluster.LogRequest;
import dev.swarmdesk.ui.fx.FxModelBridge;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open log stream. It connects and opens the stream on the jobs executor (never on the FX
 * thread), queues lines as they come, and hands them to the FX thread in batches, at most one
 * hand-off per pulse. After stop() nothing more reaches the view, and the stream and its
 * connection are closed on the executor.
 */
final class LogSession {

    private static final Logger LOG = LoggerFactory.getLogger(LogSession.class);
    static final long PULSE_MILLIS = 100;

    /** What the view does with a batch, on the FX thread. */
    interface Sink {
        void lines(List<LogLine> lines);

        /** The stream ended by itself: error null for a normal end. */
        void ended(Throwable error);
    }

    private final ClusterConnector connector;
    private final LogRequest request;
    private final ScheduledExecutorService jobs;
    private final Sink sink;
    private final int limit;
    private final ConcurrentLinkedQueue<LogLine> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean handOffPending = new AtomicBoolean();
    private final AtomicInteger handOffs = new AtomicInteger();
    private volatile boolean stopped;
    private volatile boolean ended;
    private volatile Throwable endError;
    private ClusterSource source;
    private AutoCloseable stream;

    /** @param limit lines beyond this many waiting for the FX thread drop the oldest (the view keeps no more) */
    LogSession(ClusterConnector connector, LogRequest request, ScheduledExecutorService jobs, int limit, Sink sink) {
        this.connector = connector;
        this.request = request;
        this.jobs = jobs;
        this.limit = limit;
        this.sink = sink;
    }

    LogRequest request() {
        return request;
    }

    LogSession start() {
        jobs.execute(this::open);
        return this;
    }

    private void open() {
        if (stopped) {
            return;
        }
        try {
            ClusterSource s = connector.connect();
            synchronized (this) {
                source = s;
            }
            AutoCloseable st = s.streamLogs(request, this::offer, this::end);
            synchronized (this) {
                stream = st;
            }
            if (stopped) {
                closeAll();
            }
        } catch (RuntimeException e) {
            end(e);
        }
    }

    private void offer(LogLine line) {
        if (stopped) {
            return;
        }
        queue.add(line);
        if (queued.incrementAndGet() > limit && queue.poll() != null) {
            queued.decrementAndGet();
        }
        requestHandOff();
    }

    private void end(Throwable error) {
        endError = error;
        ended = true;
        requestHandOff();
    }

    private void requestHandOff() {
        if (!stopped && handOffPending.compareAndSet(false, true)) {
            handOffs.incrementAndGet();
            jobs.schedule(() -> FxModelBridge.onFx(this::deliver), PULSE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** On the FX thread: everything queued since the last hand-off, then the end if it came. */
    private void deliver() {
        handOffPending.set(false);
        if (stopped) {
            return;
        }
        // read the end first: lines queued before it are then certainly in the queue
        boolean endedNow = ended;
        List<LogLine> batch = new ArrayList<>();
        for (LogLine l; (l = queue.poll()) != null; ) {
            queued.decrementAndGet();
            batch.add(l);
        }
        if (!batch.isEmpty()) {
            sink.lines(batch);
        }
        if (endedNow) {
            stopped = true;
            sink.ended(endError);
            jobs.execute(this::closeAll);
        }
    }

    /** Call on the FX thread: no more lines reach the view; the stream closes in the background. */
    void stop() {
        if (!stopped) {
            stopped = true;
            jobs.execute(this::closeAll);
        }
    }

    /** How many times lines were handed to the FX thread (for tests: once per pulse, not per line). */
    int handOffs() {
        return handOffs.get();
    }

    private void closeAll() {
        AutoCloseable st;
        ClusterSource s;
        synchronized (this) {
            st = stream;
            s = source;
            stream = null;
            source = null;
        }
        try {
            if (st != null) {
                st.close();
            }
        } catch (Exception e) {
            LOG.debug("closing a log stream failed", e);
        }
        if (s != null) {
            try {
                s.close();
            } catch (RuntimeException e) {
                LOG.debug("closing the log connection failed", e);
            }
        }
    }
}
