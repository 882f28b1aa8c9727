package dev.swarmdesk.engine.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one thing endpoint resolution needs from {@code <configDir>/config.json}: {@code currentContext},
 * the context chosen with {@code docker context use}.
 *
 * <p>Difference from the CLI, on purpose: when config.json is not valid JSON the CLI prints a warning and
 * carries on as if the file were empty. This package has no warning channel, and silently connecting
 * somewhere else than the user chose is worse than stopping, so it reports the file instead. It is only
 * read when no flag or environment variable decided first, so a broken file stops nothing else.
 */
final class DockerConfigFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DockerConfigFile() {
    }

    static Path path(Path configDir) {
        return configDir.resolve("config.json");
    }

    /** @return the non-empty currentContext, or empty when the file or the field is absent */
    static Optional<String> currentContext(Path configDir) throws EndpointException {
        Path file = path(configDir);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new EndpointException("cannot read the Docker config file " + file + ": " + e, e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw broken(file, "it is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw broken(file, "it is not valid JSON (" + e.getMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            return Optional.empty(); // an empty file: the CLI treats it as "no settings"
        }
        if (!root.isObject()) {
            throw broken(file, "expected a JSON object", null);
        }
        JsonNode current = ContextStore.field(root, "currentContext");
        if (current == null || current.isNull()) {
            return Optional.empty();
        }
        if (!current.isTextual()) {
            throw broken(file, "\"currentContext\" must be a string", null);
        }
        return current.textValue().isEmpty() ? Optional.empty() : Optional.of(current.textValue());
    }

    private static EndpointException broken(Path file, String why, Exception cause) {
        return new EndpointException("cannot use the Docker config file " + file + ": " + why
                + "; fix it or run \"docker context use\" to rewrite it", cause);
    }
}
