package dev.swarmdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lenient readers for engine JSON: absent fields give empty values, never exceptions. */
final class Json {

    private Json() {
    }

    /** Follows a path of field names; a missing step gives a MissingNode. */
    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n.isValueNode() ? n.asText() : "";
    }

    static long number(JsonNode node, String... path) {
        return at(node, path).asLong(0);
    }

    static Instant time(JsonNode node, String... path) {
        String t = text(node, path);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Map<String, String> labels(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        Map<String, String> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** A health check counts when it has a test that is not "NONE" (which disables an image's). */
    static boolean hasHealthcheck(JsonNode containerSpec) {
        JsonNode test = containerSpec.path("Healthcheck").path("Test");
        return test.isArray() && !test.isEmpty() && !"NONE".equals(test.get(0).asText());
    }
}
