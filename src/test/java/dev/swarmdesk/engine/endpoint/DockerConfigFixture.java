package dev.swarmdesk.engine.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Builds a real docker CLI config directory (config.json, context store) in a temp dir. The context ids
 * are computed here independently of the production code, so a wrong hash in ContextStore would fail.
 */
final class DockerConfigFixture {

    final Path dir;
    final Map<String, String> env = new HashMap<>();

    DockerConfigFixture(Path dir) {
        this.dir = dir;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    EndpointResolver resolver() {
        return new EndpointResolver(env, dir, false);
    }

    DockerConfigFixture env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** Writes a context the way `docker context create` does (capitalised Go field names). */
    Path context(String name, String host, boolean skipTlsVerify) {
        String json = "{\"Name\":\"" + name + "\",\"Metadata\":{\"Description\":\"test\"},"
                + "\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":" + skipTlsVerify + "}}}";
        return rawContextMeta(name, json);
    }

    Path rawContextMeta(String name, String json) {
        Path file = dir.resolve("contexts/meta").resolve(sha256(name)).resolve("meta.json");
        return write(file, json);
    }

    /** Writes TLS files for a context's docker endpoint; returns the directory. */
    Path contextTls(String name, String... files) {
        Path tlsDir = dir.resolve("contexts/tls").resolve(sha256(name)).resolve("docker");
        try {
            Files.createDirectories(tlsDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String f : files) {
            write(tlsDir.resolve(f), "-----BEGIN CERTIFICATE-----\n" + f + "\n-----END CERTIFICATE-----\n");
        }
        return tlsDir;
    }

    DockerConfigFixture currentContext(String name) {
        write(dir.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"" + name + "\"}");
        return this;
    }

    /** Writes PEM-ish files into a directory; returns the directory. */
    static Path certs(Path certDir, String... files) {
        for (String f : files) {
            write(certDir.resolve(f), "pem " + f);
        }
        return certDir;
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
