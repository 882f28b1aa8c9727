package dev.swarmdesk.ui.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swarmdesk.cluster.ClusterConnector;
import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.cluster.EngineSignal;
import dev.swarmdesk.cluster.LogLine;
import dev.swarmdesk.cluster.LogRequest;
import dev.swarmdesk.cluster.RawServiceSpec;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A cluster that only has logs: the test pushes lines into the streams the view opened. */
final class LogFakeSource implements ClusterSource, ClusterConnector {

    /** One stream the view opened. */
    static final class Stream implements AutoCloseable {
        final LogRequest request;
        final Consumer<LogLine> onLine;
        final Consumer<Throwable> onEnd;
        volatile boolean closed;

        Stream(LogRequest request, Consumer<LogLine> onLine, Consumer<Throwable> onEnd) {
            this.request = request;
            this.onLine = onLine;
            this.onEnd = onEnd;
        }

        void push(LogLine line) {
            if (!closed) {
                onLine.accept(line);
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    final List<Stream> streams = new CopyOnWriteArrayList<>();
    /** The threads that connected and opened streams: never the FX thread. */
    final List<String> ioThreads = new CopyOnWriteArrayList<>();
    final AtomicInteger closes = new AtomicInteger();
    volatile RuntimeException connectError;

    Stream current() {
        return streams.isEmpty() ? null : streams.get(streams.size() - 1);
    }

    @Override
    public ClusterSource connect() {
        ioThreads.add(Thread.currentThread().getName());
        if (connectError != null) {
            throw connectError;
        }
        return this;
    }

    @Override
    public AutoCloseable streamLogs(LogRequest request, Consumer<LogLine> onLine, Consumer<Throwable> onEnd) {
        ioThreads.add(Thread.currentThread().getName());
        Stream s = new Stream(request, onLine, onEnd);
        streams.add(s);
        return s;
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }

    @Override
    public String endpoint() {
        return "fake://logs";
    }

    @Override
    public String engineVersion() {
        return "fake";
    }

    @Override
    public String localNodeId() {
        return "";
    }

    @Override
    public List<SwarmNode> listNodes() {
        throw new UnsupportedOperationException("only logs in this fake");
    }

    @Override
    public List<SwarmService> listServices() {
        throw new UnsupportedOperationException("only logs in this fake");
    }

    @Override
    public List<SwarmTask> listTasks(Collection<String> serviceIds) {
        throw new UnsupportedOperationException("only logs in this fake");
    }

    @Override
    public AutoCloseable streamEvents(Consumer<EngineSignal> onSignal, Consumer<Throwable> onEnd) {
        throw new UnsupportedOperationException("only logs in this fake");
    }

    @Override
    public RawServiceSpec readSpec(String ref) {
        throw new UnsupportedOperationException("only logs in this fake");
    }

    @Override
    public List<String> writeSpec(String serviceId, long version, ObjectNode spec) {
        throw new UnsupportedOperationException("only logs in this fake");
    }
}
