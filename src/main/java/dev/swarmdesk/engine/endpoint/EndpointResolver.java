package dev.swarmdesk.engine.endpoint;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Works out which Docker Engine endpoint(s) to talk to, following the docker CLI's rules
 * ({@code cli/command/cli.go}: {@code resolveContextName}, {@code resolveDefaultDockerEndpoint}).
 *
 * <p>Precedence, first match wins:
 * <ol>
 *   <li>{@code --host / -H} (an error together with {@code --context});</li>
 *   <li>{@code --context};</li>
 *   <li>{@code DOCKER_HOST};</li>
 *   <li>{@code DOCKER_CONTEXT};</li>
 *   <li>{@code currentContext} in {@code <configDir>/config.json};</li>
 *   <li>the default socket ({@code unix:///var/run/docker.sock}; {@code tcp://localhost:2376} when TLS is
 *       on).</li>
 * </ol>
 * The context named {@code "default"} is not stored: it means "{@code DOCKER_HOST}, or the default
 * socket", with TLS from flags and environment. Every other context carries its own address and TLS.
 *
 * <p>Unlike the CLI, which accepts one {@code -H} only, several hosts may be given (repeated or
 * comma-separated): they are the managers of one cluster, kept in order, duplicates dropped.
 *
 * <p>Pure logic over an environment map and a config directory: no network, and no output.
 */
public final class EndpointResolver {

    /** The CLI's name for the built-in context made from DOCKER_HOST and the TLS flags. */
    public static final String DEFAULT_CONTEXT = "default";

    private final Map<String, String> env;
    private final Path configDir;
    private final HostParser hosts;

    /**
     * @param env             environment variables to read ({@code DOCKER_HOST}, {@code DOCKER_CONTEXT},
     *                        {@code DOCKER_TLS}, {@code DOCKER_TLS_VERIFY}, {@code DOCKER_CERT_PATH})
     * @param dockerConfigDir the Docker config directory: {@code $DOCKER_CONFIG} or {@code ~/.docker}
     */
    public EndpointResolver(Map<String, String> env, Path dockerConfigDir) {
        this(env, dockerConfigDir, isWindows());
    }

    /** For tests: pin the platform defaults (named pipe and 127.0.0.1 on Windows). */
    EndpointResolver(Map<String, String> env, Path dockerConfigDir, boolean windows) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.configDir = Objects.requireNonNull(dockerConfigDir, "dockerConfigDir");
        this.hosts = new HostParser(windows);
    }

    /** A resolver over {@link System#getenv()} and {@code $DOCKER_CONFIG}, or {@code ~/.docker}. */
    public static EndpointResolver fromSystem() {
        Map<String, String> env = System.getenv();
        String dockerConfig = env.get("DOCKER_CONFIG");
        Path dir = dockerConfig != null && !dockerConfig.isEmpty()
                ? Path.of(dockerConfig)
                : Path.of(System.getProperty("user.home"), ".docker");
        return new EndpointResolver(env, dir);
    }

    /** The docker contexts stored in the config directory, sorted by name ("default" is implicit). */
    public java.util.List<String> contextNames() {
        return new ContextStore(configDir).names();
    }

    /** @return the Docker config directory this resolver reads */
    public Path configDir() {
        return configDir;
    }

    /**
     * @param opts what the user gave on the command line; {@code null} means nothing
     * @return the endpoints to try, in order; never empty
     * @throws EndpointException with a one-line, user-facing message when no usable endpoint results
     */
    public List<EngineEndpoint> resolve(ConnectionOptions opts) throws EndpointException {
        ConnectionOptions o = opts == null ? ConnectionOptions.none() : opts;
        // Same check and words as the CLI; any -H counts, even an empty one.
        if (o.hasContext() && !o.hosts().isEmpty()) {
            throw new EndpointException("conflicting options: cannot specify both --host and --context");
        }
        if (!o.hosts().isEmpty()) {
            return defaultContext(splitHosts(o.hosts()), "--host", o, null);
        }
        if (o.hasContext()) {
            return context(o.context(), "--context", o);
        }
        String dockerHost = env.get("DOCKER_HOST");
        if (nonEmpty(dockerHost)) {
            return defaultContext(List.of(dockerHost), "DOCKER_HOST", o, null);
        }
        String dockerContext = env.get("DOCKER_CONTEXT");
        if (nonEmpty(dockerContext)) {
            return context(dockerContext, "DOCKER_CONTEXT", o);
        }
        Optional<String> current = DockerConfigFile.currentContext(configDir);
        if (current.isPresent()) {
            return context(current.get(), "currentContext in " + DockerConfigFile.path(configDir), o);
        }
        return defaultContext(List.of(), null, o, null);
    }

    private List<EngineEndpoint> context(String name, String chosen, ConnectionOptions o) throws EndpointException {
        if (DEFAULT_CONTEXT.equals(name)) {
            // The built-in context: DOCKER_HOST if set (only reachable here via --context, since a set
            // DOCKER_HOST wins over DOCKER_CONTEXT and config.json), else the default socket.
            String dockerHost = env.get("DOCKER_HOST");
            String via = "context \"default\" from " + shortChosen(chosen);
            return nonEmpty(dockerHost)
                    ? defaultContext(List.of(dockerHost), "DOCKER_HOST", o, via)
                    : defaultContext(List.of(), null, o, via);
        }
        ContextStore store = new ContextStore(configDir);
        ContextStore.DockerEndpointMeta meta = store.dockerEndpoint(name, chosen);
        // The CLI does not re-parse a stored host, but `docker context create` validated it; normalising
        // it here only fills in what the CLI's client would default anyway (an empty host = the socket).
        URI host = hosts.parse(meta.host(), false, "context \"" + name + "\" (" + meta.metaFile() + ")");
        rejectSsh(host);
        Optional<TlsMaterial> tls = tlsApplies(host) ? store.tls(name, meta.skipTlsVerify()) : Optional.empty();
        return List.of(new EngineEndpoint(name, host, tls, "context \"" + name + "\" (from " + shortChosen(chosen) + ")"));
    }

    /**
     * Endpoints of the built-in context: the given host strings (none = the default address), with TLS
     * from flags and environment.
     *
     * @param via when the "default" context was chosen by name, how; added to the source words
     */
    private List<EngineEndpoint> defaultContext(List<String> raw, String where, ConnectionOptions o, String via)
            throws EndpointException {
        FlagTls flagTls = FlagTls.from(env, configDir, o);
        List<URI> uris = new ArrayList<>();
        String source;
        if (raw.isEmpty()) {
            uris.add(hosts.defaultHost(flagTls.enabled()));
            source = flagTls.enabled() ? "default TLS address" : "default socket";
        } else {
            Set<URI> seen = new LinkedHashSet<>();
            for (String h : raw) {
                seen.add(hosts.parse(h, flagTls.enabled(), where));
            }
            uris.addAll(seen);
            source = where;
        }
        for (URI u : uris) {
            rejectSsh(u);
        }
        // Like the CLI, the TLS files are checked even for a socket (where they then go unused).
        Optional<TlsMaterial> tls = flagTls.load();
        if (via != null) {
            source = source + " (" + via + ")";
        }
        List<EngineEndpoint> out = new ArrayList<>();
        for (URI u : uris) {
            out.add(new EngineEndpoint(DEFAULT_CONTEXT, u, tlsApplies(u) ? tls : Optional.empty(), source));
        }
        return List.copyOf(out);
    }

    /**
     * Each -H value may hold several comma-separated addresses. Blank pieces are skipped, but if nothing
     * but blanks was given the CLI's reading of {@code -H ""} (the default address) is kept.
     */
    private static List<String> splitHosts(List<String> given) {
        List<String> out = new ArrayList<>();
        for (String entry : given) {
            for (String piece : entry.split(",", -1)) {
                if (!piece.isBlank()) {
                    out.add(piece.strip());
                }
            }
        }
        return out.isEmpty() ? List.of("") : out;
    }

    private static void rejectSsh(URI host) throws EndpointException {
        if ("ssh".equals(host.getScheme())) {
            throw new EndpointException("ssh:// endpoints (" + host + ") are not supported yet; "
                    + "use a tcp:// or unix:// host or a context with one");
        }
    }

    private static boolean tlsApplies(URI host) {
        // The CLI never applies TLS to unix sockets or named pipes.
        return "tcp".equals(host.getScheme());
    }

    private static String shortChosen(String chosen) {
        return chosen.startsWith("currentContext in ") ? "config.json" : chosen;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
