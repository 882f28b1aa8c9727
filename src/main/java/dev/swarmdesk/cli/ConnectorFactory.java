package dev.swarmdesk.cli;

import dev.swarmdesk.cluster.ClusterConnector;
import dev.swarmdesk.engine.endpoint.ConnectionOptions;
import dev.swarmdesk.engine.endpoint.EndpointException;

/** Turns the user's connection flags into a connector; supplied by the app's wiring. */
@FunctionalInterface
public interface ConnectorFactory {

    ClusterConnector open(ConnectionOptions options) throws EndpointException;
}
