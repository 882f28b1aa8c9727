package dev.swarmdesk.engine.endpoint;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One resolved Docker Engine address.
 *
 * @param name   the docker context the address belongs to: a context name, or {@code "default"} for
 *               addresses that come from {@code --host}, {@code DOCKER_HOST} or the built-in default
 * @param host   normalised address: {@code unix:///...}, {@code tcp://host:port[/path]},
 *               {@code npipe:////./pipe/...}
 * @param tls    TLS settings; always empty for {@code unix} and {@code npipe} sockets, where the docker
 *               CLI never uses TLS either
 * @param source human words for where the address came from, e.g. {@code "--host"},
 *               {@code "DOCKER_HOST"}, {@code "context \"lab\" (from DOCKER_CONTEXT)"},
 *               {@code "default socket"}
 */
public record EngineEndpoint(String name, URI host, Optional<TlsMaterial> tls, String source) {

    public EngineEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(source, "source");
    }

    /** @return true when this endpoint is reached over TCP (and so may use TLS) */
    public boolean isTcp() {
        return "tcp".equals(host.getScheme());
    }
}
