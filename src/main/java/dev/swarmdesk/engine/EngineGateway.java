package dev.swarmdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;
import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.cluster.EngineSignal;
import dev.swarmdesk.cluster.LogLine;
import dev.swarmdesk.cluster.LogRequest;
import dev.swarmdesk.cluster.RawServiceSpec;
import dev.swarmdesk.cluster.ServiceSpecs;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** One connected manager: the engine side of {@link ClusterSource} and {@link ServiceSpecs}. */
public final class EngineGateway implements ClusterSource {

    private final EngineHttp http;
    private final String engineVersion;
    private final String localNodeId;

    EngineGateway(EngineHttp http, String engineVersion, String localNodeId) {
        this.http = http;
        this.engineVersion = engineVersion;
        this.localNodeId = localNodeId;
    }

    @Override
    public String localNodeId() {
        return localNodeId;
    }

    @Override
    public String endpoint() {
        return http.endpoint();
    }

    @Override
    public String engineVersion() {
        return engineVersion;
    }

    @Override
    public List<SwarmNode> listNodes() {
        return map(http.get("/nodes"), NodeJson::read);
    }

    @Override
    public List<SwarmService> listServices() {
        return map(http.get("/services?status=true"), ServiceJson::read);
    }

    @Override
    public List<SwarmTask> listTasks(Collection<String> serviceIds) {
        if (serviceIds.isEmpty()) {
            return map(http.get("/tasks"), TaskJson::read);
        }
        ObjectNode filters = EngineHttp.JSON.createObjectNode();
        serviceIds.forEach(filters.putArray("service")::add);
        return map(http.get("/tasks?filters=" + encode(filters.toString())), TaskJson::read);
    }

    @Override
    public AutoCloseable streamEvents(Consumer<EngineSignal> onSignal, Consumer<Throwable> onEnd) {
        return new EventStream(http, onSignal, onEnd).start();
    }

    @Override
    public AutoCloseable streamLogs(LogRequest request, Consumer<LogLine> onLine, Consumer<Throwable> onEnd) {
        return new LogReader(http, request, onLine, onEnd).start();
    }

    @Override
    public RawServiceSpec readSpec(String ref) {
        JsonNode s;
        try {
            s = http.get("/services/" + encode(ref));
        } catch (ClusterAccessException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                throw new ClusterAccessException(Kind.NOT_FOUND, "no such service: " + ref, e);
            }
            throw e;
        }
        return new RawServiceSpec(Json.text(s, "ID"), Json.text(s, "Spec", "Name"),
                Json.number(s, "Version", "Index"), (ObjectNode) s.path("Spec"));
    }

    @Override
    public List<String> writeSpec(String serviceId, long version, ObjectNode spec) {
        JsonNode reply = http.post("/services/" + encode(serviceId) + "/update?version=" + version, spec);
        List<String> warnings = new ArrayList<>();
        reply.path("Warnings").forEach(w -> warnings.add(w.asText()));
        return warnings;
    }

    private static <T> List<T> map(JsonNode array, Function<JsonNode, T> reader) {
        List<T> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            out.add(reader.apply(n));
        }
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
