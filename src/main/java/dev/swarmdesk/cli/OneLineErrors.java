package dev.swarmdesk.cli;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.engine.endpoint.EndpointException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Every failure ends as one readable line on stderr and exit code 1: users of a command line
 * (and scripts) need the reason, not a stack trace. Set SWARMDESK_DEBUG=1 to see the trace.
 */
final class OneLineErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        String message;
        if (ex instanceof EndpointException || ex instanceof ClusterAccessException) {
            message = ex.getMessage();
        } else {
            message = "unexpected error: " + ex;
        }
        cl.getErr().println("swarmdesk: " + message);
        if (System.getenv("SWARMDESK_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return 1;
    }
}
