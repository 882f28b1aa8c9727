package dev.swarmdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;
import dev.swarmdesk.cluster.ClusterConnector;
import dev.swarmdesk.engine.endpoint.EngineEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to the first manager that answers, starting with the one that worked last, so a
 * reconnect after a manager dies is a fail-over to the next one. Before handing out a gateway
 * it checks that the engine is an active swarm manager.
 */
public final class ManagerConnector implements ClusterConnector {

    private static final Logger LOG = LoggerFactory.getLogger(ManagerConnector.class);

    private final List<EngineEndpoint> endpoints;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private int preferred;

    public ManagerConnector(List<EngineEndpoint> endpoints) {
        this(endpoints, Duration.ofSeconds(3), Duration.ofSeconds(20));
    }

    public ManagerConnector(List<EngineEndpoint> endpoints, Duration connectTimeout, Duration responseTimeout) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no endpoint");
        }
        this.endpoints = List.copyOf(endpoints);
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
    }

    @Override
    public synchronized EngineGateway connect() {
        List<ClusterAccessException> failures = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            int index = (preferred + i) % endpoints.size();
            try {
                EngineGateway g = open(endpoints.get(index));
                preferred = index;
                return g;
            } catch (ClusterAccessException e) {
                LOG.debug("{} did not connect: {}", endpoints.get(index).host(), e.getMessage());
                failures.add(e);
            }
        }
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        StringBuilder msg = new StringBuilder("no manager answered:");
        failures.forEach(f -> msg.append(' ').append(f.getMessage()).append(';'));
        msg.setLength(msg.length() - 1);
        throw new ClusterAccessException(failures.get(0).kind(), msg.toString(), failures.get(0));
    }

    private EngineGateway open(EngineEndpoint ep) {
        EngineHttp http = new EngineHttp(ep, connectTimeout, responseTimeout);
        try {
            JsonNode info = http.get("/info");
            String state = Json.text(info, "Swarm", "LocalNodeState");
            if (!"active".equals(state)) {
                throw new ClusterAccessException(Kind.NOT_A_MANAGER, "the engine at " + ep.host()
                        + " is not part of a swarm (swarm state: " + (state.isEmpty() ? "unknown" : state)
                        + "): run `docker swarm init` there, or connect to a manager of your swarm");
            }
            if (!Json.at(info, "Swarm", "ControlAvailable").asBoolean(false)) {
                throw EngineErrors.notAManager(ep.host().toString(), "");
            }
            return new EngineGateway(http, Json.text(info, "ServerVersion"), Json.text(info, "Swarm", "NodeID"));
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }
}
