package dev.swarmdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the engine JSON in src/test/resources/engine-json (see the README there). */
final class EngineJsonFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineJsonFixtures() {
    }

    static String text(String name) {
        try (InputStream in = EngineJsonFixtures.class.getResourceAsStream("/engine-json/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        try {
            return JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One JSON document per line, as GET /events streams them. */
    static List<JsonNode> jsonLines(String name) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text(name).split("\n")) {
            if (!line.isBlank()) {
                try {
                    out.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> List<T> readAll(String name, Function<JsonNode, T> reader) {
        List<T> out = new ArrayList<>();
        json(name).forEach(n -> out.add(reader.apply(n)));
        return out;
    }

    static <T> T byId(List<T> items, Function<T, String> id, String wanted) {
        Optional<T> found = items.stream().filter(i -> id.apply(i).equals(wanted)).findFirst();
        return found.orElseThrow(() -> new AssertionError("no " + wanted + " in fixture"));
    }
}
