package dev.swarmdesk.engine.endpoint;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Parses and normalises a Docker host string the way the docker CLI's {@code opts.ParseHost} does.
 *
 * <p>Rules kept from the CLI: surrounding whitespace is ignored; an empty value means the platform
 * default (the TLS default {@code tcp://localhost:2376} when TLS is on); a value without {@code ://} is a
 * TCP address, unless it starts with {@code /} or {@code ./} (then a unix socket path);
 * {@code tcp://} fills in {@code localhost} (Windows: {@code 127.0.0.1}) and port 2375; {@code unix://}
 * and {@code npipe://} with nothing after them mean the default socket / pipe; {@code ssh://} is passed
 * through untouched. Note that, exactly like the CLI, an explicit {@code tcp://host} without a port gets
 * 2375 even when TLS is on: only the "nothing given at all" case switches to 2376.
 *
 * <p>Deliberately stricter than the CLI, because the result must be a usable {@link URI}: ports must be
 * 1-65535, the host must be a valid host name or IP literal, and user info, queries and fragments in a
 * {@code tcp://} address are rejected instead of silently dropped. {@code fd://} (which the CLI parses but
 * only a daemon can use) is rejected. A relative unix socket path is made absolute against the working
 * directory, which is where the CLI would dial it.
 */
final class HostParser {

    static final String DEFAULT_UNIX_SOCKET = "/var/run/docker.sock";
    static final String DEFAULT_NAMED_PIPE = "//./pipe/docker_engine";
    static final int DEFAULT_HTTP_PORT = 2375;
    static final int DEFAULT_TLS_PORT = 2376;

    private final boolean windows;

    /** @param windows use the Windows defaults (named pipe, {@code 127.0.0.1}) as the CLI does there */
    HostParser(boolean windows) {
        this.windows = windows;
    }

    /** The address used when the user configured nothing; the CLI's {@code ParseHost(defaultToTLS, "")}. */
    URI defaultHost(boolean tls) {
        if (tls) {
            return URI.create("tcp://" + defaultHttpHost() + ":" + DEFAULT_TLS_PORT);
        }
        return windows ? URI.create("npipe://" + DEFAULT_NAMED_PIPE) : URI.create("unix://" + DEFAULT_UNIX_SOCKET);
    }

    /**
     * @param raw          the host as the user wrote it (may be null or blank)
     * @param defaultToTls whether an empty value should mean the TLS default address
     * @param where        where the value came from, for the error message (e.g. "--host", "DOCKER_HOST")
     */
    URI parse(String raw, boolean defaultToTls, String where) throws EndpointException {
        String host = raw == null ? "" : raw.strip();
        if (host.isEmpty()) {
            return defaultHost(defaultToTls);
        }
        int sep = host.indexOf("://");
        String proto;
        String rest;
        if (sep < 0) {
            rest = host;
            // The CLI treats something that looks like a file path as a unix socket, anything else as tcp.
            proto = host.startsWith("/") || host.startsWith("./") ? "unix" : "tcp";
        } else {
            proto = host.substring(0, sep);
            rest = host.substring(sep + 3);
        }
        switch (proto) {
            case "tcp":
                return parseTcp(raw, rest, where);
            case "unix":
                return parseUnix(raw, rest, where);
            case "npipe":
                return parseNpipe(raw, rest, where);
            case "ssh":
                return parseSsh(raw, host, where);
            case "fd":
                throw invalid(raw, where, "fd:// is a socket-activation address that only the Docker daemon "
                        + "can listen on; a client needs a tcp://, unix:// or ssh:// address");
            case "":
                throw invalid(raw, where, "the scheme is missing; use tcp://, unix://, npipe:// or ssh://");
            case "http":
            case "https":
                throw invalid(raw, where, "unsupported scheme \"" + proto + "\"; Docker addresses use tcp:// "
                        + "(with --tls or --tlsverify for an encrypted connection)");
            default:
                throw invalid(raw, where, "unsupported scheme \"" + proto
                        + "\"; use tcp://, unix://, npipe:// or ssh://");
        }
    }

    private URI parseTcp(String raw, String rest, String where) throws EndpointException {
        if (rest.isEmpty()) {
            // "tcp://" alone: the CLI's defaultTCPHost, which is port 2375 even with TLS.
            return URI.create("tcp://" + defaultHttpHost() + ":" + DEFAULT_HTTP_PORT);
        }
        if (rest.contains("://")) {
            throw invalid(raw, where, "expected a tcp address but found another scheme inside it");
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        if (authority.indexOf('@') >= 0 || rest.indexOf('?') >= 0 || rest.indexOf('#') >= 0) {
            throw invalid(raw, where, "a tcp address is host:port[/path], without user name, query or fragment");
        }

        String hostPart;
        String portPart;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw invalid(raw, where, "missing ']' after the IPv6 address");
            }
            hostPart = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (after.isEmpty()) {
                portPart = "";
            } else if (after.startsWith(":")) {
                portPart = after.substring(1);
            } else {
                throw invalid(raw, where, "unexpected text after the IPv6 address");
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon < 0) {
                hostPart = authority;
                portPart = "";
            } else if (authority.indexOf(':', colon + 1) >= 0) {
                // Several colons and no brackets: like Go's SplitHostPort fallback, read it as a bare IPv6
                // address and add the default port.
                hostPart = authority;
                portPart = "";
            } else {
                hostPart = authority.substring(0, colon);
                portPart = authority.substring(colon + 1);
            }
        }
        if (hostPart.isEmpty()) {
            hostPart = defaultHttpHost();
        }
        int port = portPart.isEmpty() ? DEFAULT_HTTP_PORT : parsePort(raw, portPart, where);

        String uriHost = hostPart.indexOf(':') >= 0 ? "[" + hostPart + "]" : hostPart;
        URI uri;
        try {
            uri = new URI("tcp://" + uriHost + ":" + port + path);
        } catch (URISyntaxException e) {
            throw invalid(raw, where, "\"" + hostPart + path + "\" is not a valid host name, IP address or path");
        }
        // java.net.URI quietly falls back to a "registry" authority (host == null) for names it cannot
        // read as a host, such as ones with '_' or a leading '-'; no client can connect to those.
        if (uri.getHost() == null) {
            throw invalid(raw, where, "\"" + hostPart + "\" is not a valid host name or IP address");
        }
        return uri;
    }

    private static int parsePort(String raw, String portPart, String where) throws EndpointException {
        if (!portPart.chars().allMatch(c -> c >= '0' && c <= '9') || portPart.length() > 5) {
            throw invalid(raw, where, "\"" + portPart + "\" is not a port number");
        }
        int port = Integer.parseInt(portPart);
        if (port < 1 || port > 65535) {
            throw invalid(raw, where, "port " + port + " is outside 1-65535");
        }
        return port;
    }

    private static URI parseUnix(String raw, String rest, String where) throws EndpointException {
        if (rest.contains("://")) {
            throw invalid(raw, where, "expected a unix socket path but found another scheme inside it");
        }
        String path = rest.isEmpty() ? DEFAULT_UNIX_SOCKET : rest;
        if (!path.startsWith("/")) {
            // The CLI dials a relative socket path relative to its working directory; pin that down now,
            // since "unix://rel/path" would otherwise read as a URI with host "rel".
            path = Path.of("").toAbsolutePath().resolve(path).normalize().toString().replace('\\', '/');
            if (!path.startsWith("/")) {
                path = "/" + path;
            }
        }
        try {
            // The multi-argument constructor percent-encodes spaces and the like in the path.
            return new URI("unix", "", path, null, null);
        } catch (URISyntaxException e) {
            throw invalid(raw, where, "\"" + path + "\" is not a usable socket path");
        }
    }

    private static URI parseNpipe(String raw, String rest, String where) throws EndpointException {
        if (rest.contains("://")) {
            throw invalid(raw, where, "expected a named pipe path but found another scheme inside it");
        }
        String path = rest.isEmpty() ? DEFAULT_NAMED_PIPE : rest;
        if (!path.startsWith("/")) {
            throw invalid(raw, where, "a named pipe looks like npipe:////./pipe/docker_engine");
        }
        try {
            return new URI("npipe", "", path, null, null);
        } catch (URISyntaxException e) {
            throw invalid(raw, where, "\"" + path + "\" is not a usable named pipe path");
        }
    }

    private static URI parseSsh(String raw, String host, String where) throws EndpointException {
        // The CLI hands ssh:// addresses to its connection helper unchanged; we only check they are URIs.
        try {
            URI uri = new URI(host);
            if (uri.getHost() == null) {
                throw invalid(raw, where, "an ssh address looks like ssh://[user@]host[:port]");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(raw, where, "an ssh address looks like ssh://[user@]host[:port]");
        }
    }

    private String defaultHttpHost() {
        // The CLI's defaultHTTPHost: "localhost" on Unix, "127.0.0.1" on Windows (to dodge a DNS delay).
        return windows ? "127.0.0.1" : "localhost";
    }

    private static EndpointException invalid(String raw, String where, String why) {
        return new EndpointException("invalid Docker host \"" + raw + "\" from " + where + ": " + why);
    }
}
