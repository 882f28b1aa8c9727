package dev.swarmdesk.app;

import dev.swarmdesk.cli.ConnectorFactory;
import dev.swarmdesk.cli.SwarmDeskCommand;
import dev.swarmdesk.engine.ManagerConnector;
import dev.swarmdesk.engine.endpoint.EndpointResolver;
import picocli.CommandLine;

/** The composition root: the only place that picks implementations for the core's ports. */
public final class Wiring {

    private Wiring() {
    }

    public static ConnectorFactory connectors() {
        return options -> new ManagerConnector(EndpointResolver.fromSystem().resolve(options));
    }

    public static CommandLine commandLine() {
        return SwarmDeskCommand.commandLine(connectors(), DesktopApp::run);
    }
}
