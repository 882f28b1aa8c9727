package dev.swarmdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.LogLine;
import dev.swarmdesk.cluster.LogRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads `GET /services/{id}/logs` (or `/tasks/{id}/logs`) on its own daemon thread. The engine
 * ignores `until` on service logs, so a followed log cannot be read in bounded windows as
 * {@link EventStream} does; close() instead aborts the response, which closes the socket, and
 * interrupts the thread: a read blocked on a unix socket (an interruptible channel) ends either way.
 */
final class LogReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogReader.class);

    private final EngineHttp http;
    private final LogRequest request;
    private final Consumer<LogLine> onLine;
    private final Consumer<Throwable> onEnd;
    private final Thread thread;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile Response current;

    LogReader(EngineHttp http, LogRequest request, Consumer<LogLine> onLine, Consumer<Throwable> onEnd) {
        this.http = http;
        this.request = request;
        this.onLine = onLine;
        this.onEnd = onEnd;
        this.thread = new Thread(this::run, "swarmdesk-logs");
        this.thread.setDaemon(true);
    }

    LogReader start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            boolean tty = hasTty();
            if (closed) {
                return;
            }
            // only the response is closed, never the body first: closing a chunked body reads it to
            // its end, which a followed log never reaches; the response's close aborts instead
            try (Response r = http.openStream(path(request))) {
                current = r;
                InputStream in = r.getBody();
                LogLines lines = new LogLines(tty, request.timestamps(), true, this::deliver);
                byte[] buf = new byte[16 * 1024];
                for (int n; !closed && (n = in.read(buf)) >= 0; ) {
                    lines.feed(buf, 0, n);
                }
                if (!closed) {
                    lines.finish();
                }
            }
            end(null);
        } catch (ClusterAccessException e) {
            end(e);
        } catch (IOException | RuntimeException e) {
            end(EngineErrors.transport(http.endpoint(), e));
        } finally {
            ended.countDown();
        }
    }

    /** A TTY task's log is raw text; without one it is multiplexed. The spec says which. */
    private boolean hasTty() {
        String id = URLEncoder.encode(request.id(), StandardCharsets.UTF_8);
        if (request.target() == LogRequest.Target.SERVICE) {
            JsonNode s = http.get("/services/" + id);
            return s.path("Spec").path("TaskTemplate").path("ContainerSpec").path("TTY").asBoolean(false);
        }
        JsonNode t = http.get("/tasks/" + id);
        return t.path("Spec").path("ContainerSpec").path("TTY").asBoolean(false);
    }

    static String path(LogRequest r) {
        String what = r.target() == LogRequest.Target.SERVICE ? "/services/" : "/tasks/";
        StringBuilder p = new StringBuilder(what).append(URLEncoder.encode(r.id(), StandardCharsets.UTF_8))
                .append("/logs?stdout=1&stderr=1&details=1")
                .append("&timestamps=").append(r.timestamps() ? 1 : 0)
                .append("&follow=").append(r.follow() ? 1 : 0)
                .append("&tail=").append(r.tail() == LogRequest.ALL ? "all" : Long.toString(r.tail()));
        if (r.since() != null) {
            p.append("&since=").append(r.since().getEpochSecond()).append('.')
                    .append(String.format("%09d", r.since().getNano()));
        }
        return p.toString();
    }

    private void deliver(LogLine line) {
        if (!closed) {
            onLine.accept(line);
        }
    }

    private void end(Throwable error) {
        if (closed) {
            return;
        }
        if (error != null) {
            LOG.debug("log stream of {} failed", request.id(), error);
        }
        onEnd.accept(error);
    }

    /** Whether the reading thread has ended within the time given (for tests). */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        Response r = current;
        if (r != null) {
            try {
                r.close();
            } catch (RuntimeException e) {
                // already broken: the interrupt ends the read anyway
            }
        }
    }
}
