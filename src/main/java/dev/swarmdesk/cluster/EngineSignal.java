package dev.swarmdesk.cluster;

import java.time.Instant;
import java.util.Map;

/**
 * One message from the engine's event stream, reduced to what the sync needs.
 *
 * @param type "service", "node", "container", "secret", "config", ...
 * @param actorId the id of the object the event is about
 */
public record EngineSignal(String type, String action, String actorId, Map<String, String> attributes,
                           Instant time) {

    public EngineSignal {
        attributes = Map.copyOf(attributes);
    }

    /** For container events: the swarm service the container belongs to, or "". */
    public String serviceId() {
        return attributes.getOrDefault("com.docker.swarm.service.id", "");
    }
}
