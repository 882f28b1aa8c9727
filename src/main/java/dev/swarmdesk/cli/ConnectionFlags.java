package dev.swarmdesk.cli;

import dev.swarmdesk.engine.endpoint.ConnectionOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The docker CLI's global connection flags, accepted the same way here. */
public final class ConnectionFlags {

    @Option(names = {"-H", "--host"}, paramLabel = "HOST", split = ",",
            description = "Daemon socket(s) to connect to; several managers of one cluster may be given"
                    + " (repeat the flag or separate with commas) and are tried in order")
    List<String> hosts = new ArrayList<>();

    @Option(names = {"-c", "--context"}, paramLabel = "NAME",
            description = "Name of the docker context to use (overrides DOCKER_HOST and the current context)")
    String context;

    @Option(names = "--tls", description = "Use TLS; implied by --tlsverify")
    Boolean tls;

    @Option(names = "--tlsverify", description = "Use TLS and verify the remote")
    Boolean tlsVerify;

    @Option(names = "--tlscacert", paramLabel = "FILE", description = "Trust certs signed only by this CA")
    Path tlsCaCert;

    @Option(names = "--tlscert", paramLabel = "FILE", description = "Path to TLS certificate file")
    Path tlsCert;

    @Option(names = "--tlskey", paramLabel = "FILE", description = "Path to TLS key file")
    Path tlsKey;

    public ConnectionOptions toOptions() {
        return new ConnectionOptions(hosts, context, tls, tlsVerify, tlsCaCert, tlsCert, tlsKey);
    }
}
