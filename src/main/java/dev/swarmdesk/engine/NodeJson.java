package dev.swarmdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.swarmdesk.domain.SwarmNode;

/** Maps `GET /nodes` entries to {@link SwarmNode}. */
final class NodeJson {

    private NodeJson() {
    }

    static SwarmNode read(JsonNode n) {
        return new SwarmNode(
                Json.text(n, "ID"),
                Json.number(n, "Version", "Index"),
                Json.text(n, "Description", "Hostname"),
                Json.text(n, "Spec", "Role"),
                Json.text(n, "Spec", "Availability"),
                Json.text(n, "Status", "State"),
                Json.text(n, "Status", "Addr"),
                Json.at(n, "ManagerStatus", "Leader").asBoolean(false),
                Json.text(n, "ManagerStatus", "Reachability"),
                Json.text(n, "Description", "Engine", "EngineVersion"),
                Json.number(n, "Description", "Resources", "NanoCPUs"),
                Json.number(n, "Description", "Resources", "MemoryBytes"),
                Json.labels(n, "Spec", "Labels"),
                Json.time(n, "UpdatedAt"));
    }
}
