package dev.swarmdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.engine.endpoint.EngineEndpoint;
import dev.swarmdesk.engine.endpoint.TlsMaterial;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * Raw Engine API requests over docker-java's transport (unix socket, TCP, TLS). SwarmDesk reads
 * and writes the engine's JSON itself: docker-java's models drop fields they do not know (job
 * modes, spread preferences, ServiceStatus...), and a spec read into them and written back
 * would lose those fields.
 */
final class EngineHttp implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String endpoint;
    private final DockerHttpClient requests;
    private final DockerHttpClient streams;

    EngineHttp(EngineEndpoint endpoint, Duration connectTimeout, Duration responseTimeout) {
        this.endpoint = endpoint.host().toString();
        this.requests = client(endpoint, connectTimeout, responseTimeout, 4);
        // the event stream stays open for as long as it is wanted: no response timeout
        this.streams = client(endpoint, connectTimeout, null, 2);
    }

    private static DockerHttpClient client(EngineEndpoint ep, Duration connect, Duration response, int max) {
        ApacheDockerHttpClient.Builder b = new ApacheDockerHttpClient.Builder()
                .dockerHost(ep.host())
                .maxConnections(max)
                .connectionTimeout(connect);
        if (response != null) {
            b.responseTimeout(response);
        }
        ep.tls().ifPresent(tls -> b.sslConfig(new LocalDirectorySSLConfig(certDirectory(tls).toString())));
        return b.build();
    }

    /** docker-java reads ca.pem, cert.pem and key.pem from one folder; gather them if they are apart. */
    private static Path certDirectory(TlsMaterial tls) {
        Path[] files = {tls.caCert(), tls.clientCert(), tls.clientKey()};
        String[] names = {"ca.pem", "cert.pem", "key.pem"};
        Path dir = null;
        boolean together = true;
        for (int i = 0; i < files.length; i++) {
            if (files[i] == null) {
                continue;
            }
            together &= files[i].getFileName().toString().equals(names[i])
                    && (dir == null || dir.equals(files[i].getParent()));
            dir = files[i].getParent();
        }
        if (together && dir != null) {
            return dir;
        }
        try {
            Path tmp = Files.createTempDirectory("swarmdesk-tls");
            tmp.toFile().deleteOnExit();
            for (int i = 0; i < files.length; i++) {
                if (files[i] != null) {
                    Files.copy(files[i], tmp.resolve(names[i]), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return tmp;
        } catch (IOException e) {
            throw new ClusterAccessException(ClusterAccessException.Kind.TLS,
                    "cannot read the TLS files: " + e.getMessage(), e);
        }
    }

    String endpoint() {
        return endpoint;
    }

    JsonNode get(String path) {
        return send(Request.builder().method(Request.Method.GET).path(path).build());
    }

    JsonNode post(String path, JsonNode body) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return send(Request.builder().method(Request.Method.POST).path(path)
                .headers(Map.of("Content-Type", "application/json"))
                .body(new ByteArrayInputStream(bytes)).build());
    }

    JsonNode delete(String path) {
        return send(Request.builder().method(Request.Method.DELETE).path(path).build());
    }

    private JsonNode send(Request request) {
        try (Response r = requests.execute(request)) {
            byte[] body = r.getBody() == null ? new byte[0] : r.getBody().readAllBytes();
            if (r.getStatusCode() / 100 != 2) {
                throw EngineErrors.status(endpoint, r.getStatusCode(), engineMessage(body));
            }
            return body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
        } catch (ClusterAccessException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw EngineErrors.transport(endpoint, e);
        }
    }

    /** Opens a streaming GET; the caller reads the body and closes the response. */
    Response openStream(String path) {
        Response r;
        try {
            r = streams.execute(Request.builder().method(Request.Method.GET).path(path).build());
        } catch (RuntimeException e) {
            throw EngineErrors.transport(endpoint, e);
        }
        if (r.getStatusCode() / 100 != 2) {
            try (r; InputStream in = r.getBody()) {
                throw EngineErrors.status(endpoint, r.getStatusCode(), engineMessage(in.readAllBytes()));
            } catch (IOException e) {
                throw EngineErrors.transport(endpoint, e);
            }
        }
        return r;
    }

    private static String engineMessage(byte[] body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.hasNonNull("message")) {
                return n.get("message").asText();
            }
        } catch (IOException e) {
            // not JSON: the raw text is the best we have
        }
        return new String(body, StandardCharsets.UTF_8).trim();
    }

    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException e) {
            // closing a dead connection may fail; nothing left to release
        }
        try {
            streams.close();
        } catch (IOException e) {
            // as above
        }
    }
}
