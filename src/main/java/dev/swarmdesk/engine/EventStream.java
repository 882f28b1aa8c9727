package dev.swarmdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import dev.swarmdesk.cluster.EngineSignal;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads `GET /events` on its own thread. Each request asks for a bounded window (until=now+30s)
 * and is then re-issued from where it stopped: a blocked read on a unix socket is not reliably
 * woken by close(), so bounded windows guarantee the thread notices a close within a window.
 */
final class EventStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);
    private static final String FILTER = URLEncoder.encode(
            "{\"type\":[\"service\",\"node\",\"container\",\"secret\",\"config\"]}", StandardCharsets.UTF_8);
    private static final long WINDOW_SECONDS = 30;

    private final EngineHttp http;
    private final Consumer<EngineSignal> onSignal;
    private final Consumer<Throwable> onEnd;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Response current;

    EventStream(EngineHttp http, Consumer<EngineSignal> onSignal, Consumer<Throwable> onEnd) {
        this.http = http;
        this.onSignal = onSignal;
        this.onEnd = onEnd;
        this.thread = new Thread(this::run, "swarmdesk-events");
        this.thread.setDaemon(true);
    }

    EventStream start() {
        thread.start();
        return this;
    }

    private void run() {
        long since = Instant.now().getEpochSecond();
        try {
            while (!closed) {
                long until = Instant.now().getEpochSecond() + WINDOW_SECONDS;
                String path = "/events?since=" + since + "&until=" + until + "&filters=" + FILTER;
                try (Response r = http.openStream(path); InputStream in = r.getBody()) {
                    current = r;
                    MappingIterator<JsonNode> it = EngineHttp.JSON.readerFor(JsonNode.class).readValues(in);
                    while (!closed && it.hasNextValue()) {
                        EngineSignal s = signal(it.nextValue());
                        onSignal.accept(s);
                    }
                }
                // a window ended normally: the next one starts where it stopped
                since = until;
            }
        } catch (Exception e) {
            if (!closed) {
                LOG.debug("event stream failed", e);
                onEnd.accept(e);
            }
        }
    }

    static EngineSignal signal(JsonNode e) {
        JsonNode actor = e.path("Actor");
        long nanos = e.path("timeNano").asLong(0);
        Instant at = nanos > 0 ? Instant.ofEpochSecond(0, nanos) : Instant.ofEpochSecond(e.path("time").asLong());
        return new EngineSignal(Json.text(e, "Type"), Json.text(e, "Action"), Json.text(actor, "ID"),
                Json.labels(actor, "Attributes"), at);
    }

    @Override
    public void close() {
        closed = true;
        Response r = current;
        if (r != null) {
            try {
                r.close();
            } catch (RuntimeException e) {
                // the stream may already be broken; the window bound ends the thread anyway
            }
        }
    }
}
