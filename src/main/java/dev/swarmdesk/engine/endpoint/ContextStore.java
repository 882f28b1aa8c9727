package dev.swarmdesk.engine.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only view of the docker CLI's context store under {@code <configDir>/contexts}.
 *
 * <p>Layout (cli/context/store): a context named N lives in directories named after the lower-case hex
 * SHA-256 of N: {@code meta/<id>/meta.json} holds
 * {@code {"Name":..,"Metadata":..,"Endpoints":{"docker":{"Host":..,"SkipTLSVerify":..}}}} and
 * {@code tls/<id>/docker/} holds {@code ca.pem}, {@code cert.pem}, {@code key.pem}. Go's JSON decoder
 * matches field names ignoring case, so this reader does too.
 */
final class ContextStore {

    /** The docker endpoint of a context, as stored. */
    record DockerEndpointMeta(String host, boolean skipTlsVerify, Path metaFile) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCKER_ENDPOINT = "docker";

    private final Path root;

    ContextStore(Path configDir) {
        this.root = configDir.resolve("contexts");
    }

    /** The directory name the CLI uses for a context: hex SHA-256 of its name (go-digest's Encoded()). */
    static String contextId(String name) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    Path metaFile(String name) {
        return root.resolve("meta").resolve(contextId(name)).resolve("meta.json");
    }

    /** The names of the stored contexts, sorted; unreadable entries are left out. */
    java.util.List<String> names() {
        Path meta = root.resolve("meta");
        java.util.List<String> out = new java.util.ArrayList<>();
        if (!Files.isDirectory(meta)) {
            return out;
        }
        try (java.util.stream.Stream<Path> dirs = Files.list(meta)) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                try {
                    JsonNode name = field(JSON.readTree(d.resolve("meta.json").toFile()), "Name");
                    if (name != null && name.isTextual()) {
                        out.add(name.textValue());
                    }
                } catch (IOException e) {
                    // a broken context is reported when it is chosen, not while listing
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    Path tlsDir(String name) {
        return root.resolve("tls").resolve(contextId(name)).resolve(DOCKER_ENDPOINT);
    }

    /**
     * @param name   context name
     * @param chosen how the context was chosen ("--context", "DOCKER_CONTEXT", ...), for messages
     */
    DockerEndpointMeta dockerEndpoint(String name, String chosen) throws EndpointException {
        Path file = metaFile(name);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new EndpointException("context \"" + name + "\" does not exist (chosen by " + chosen
                    + "; looked for " + file + "); run \"docker context ls\" to see the contexts you have");
        } catch (IOException e) {
            throw new EndpointException("cannot read context \"" + name + "\" from " + file + ": " + e, e);
        }

        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw corrupt(name, file, "it is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw corrupt(name, file, "it is not valid JSON (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw corrupt(name, file, "expected a JSON object", null);
        }
        JsonNode endpoints = field(root, "Endpoints");
        if (endpoints != null && !endpoints.isNull() && !endpoints.isObject()) {
            throw corrupt(name, file, "\"Endpoints\" must be an object", null);
        }
        // Endpoint names are map keys, which Go matches exactly.
        JsonNode docker = endpoints == null ? null : endpoints.get(DOCKER_ENDPOINT);
        if (docker == null || docker.isNull()) {
            throw new EndpointException("context \"" + name + "\" has no docker endpoint (" + file
                    + "); recreate it with \"docker context create\"");
        }
        if (!docker.isObject()) {
            throw corrupt(name, file, "the docker endpoint must be an object", null);
        }
        JsonNode host = field(docker, "Host");
        if (host != null && !host.isNull() && !host.isTextual()) {
            throw corrupt(name, file, "\"Host\" must be a string", null);
        }
        JsonNode skip = field(docker, "SkipTLSVerify");
        if (skip != null && !skip.isNull() && !skip.isBoolean()) {
            throw corrupt(name, file, "\"SkipTLSVerify\" must be true or false", null);
        }
        return new DockerEndpointMeta(
                host == null || host.isNull() ? "" : host.textValue(),
                skip != null && skip.booleanValue(),
                file);
    }

    /**
     * TLS material stored with the context, the CLI's way: TLS is used when the context has a
     * {@code tls/<id>/docker} directory (even an empty one: then the system roots are trusted) or when
     * it skips verification.
     */
    Optional<TlsMaterial> tls(String name, boolean skipTlsVerify) throws EndpointException {
        Path dir = tlsDir(name);
        if (!Files.isDirectory(dir)) {
            return skipTlsVerify ? Optional.of(new TlsMaterial(null, null, null, false)) : Optional.empty();
        }
        return Optional.of(new TlsMaterial(
                present(name, dir.resolve(FlagTls.CA_FILE)),
                present(name, dir.resolve(FlagTls.CERT_FILE)),
                present(name, dir.resolve(FlagTls.KEY_FILE)),
                !skipTlsVerify));
    }

    private static Path present(String name, Path file) throws EndpointException {
        if (!Files.exists(file)) {
            return null;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new EndpointException("TLS file " + file + " of context \"" + name + "\" is not a readable file");
        }
        return file;
    }

    /** Exact name first, then the first case-insensitive match, as Go's encoding/json does. */
    static JsonNode field(JsonNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static EndpointException corrupt(String name, Path file, String why, Exception cause) {
        return new EndpointException("context \"" + name + "\" is corrupt: cannot use " + file + ": " + why, cause);
    }
}
