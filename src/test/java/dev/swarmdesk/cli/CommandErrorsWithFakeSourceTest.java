package dev.swarmdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;
import dev.swarmdesk.engine.endpoint.EndpointException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Bad input and unreachable engines end as one line "swarmdesk: ..." on stderr and exit code 1. */
class CommandErrorsWithFakeSourceTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void noDebugTraces() {
        assumeTrue(System.getenv("SWARMDESK_DEBUG") == null, "SWARMDESK_DEBUG adds stack traces on purpose");
    }

    private CommandLine commandLine(ConnectorFactory factory) {
        CommandLine cl = SwarmDeskCommand.commandLine(factory, (options, exit) -> {
            throw new AssertionError("no window for a subcommand");
        });
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl;
    }

    @ParameterizedTest
    @ValueSource(strings = {"service ls", "service ps", "service ps web", "node ls", "service ls --format json"})
    void anEndpointErrorIsOneLineAndExitCodeOne(String command) {
        CommandLine cl = commandLine(options -> {
            throw new EndpointException("invalid --host value \"tcp://:nope\": bad port");
        });

        int exit = cl.execute(command.split(" "));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("swarmdesk: invalid --host value \"tcp://:nope\": bad port"
                + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"service ls", "node ls"})
    void anUnreachableEngineIsOneLineAndExitCodeOne(String command) {
        CommandLine cl = commandLine(options -> () -> {
            throw new ClusterAccessException(Kind.UNREACHABLE,
                    "no Docker engine at unix:///var/run/docker.sock: connection refused (is dockerd running?)");
        });

        int exit = cl.execute(command.split(" "));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).containsExactly(
                "swarmdesk: no Docker engine at unix:///var/run/docker.sock: connection refused (is dockerd running?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"service ls"})
    void anUnexpectedFailureIsStillOneLine(String command) {
        CommandLine cl = commandLine(options -> () -> {
            throw new IllegalStateException("surprise");
        });

        int exit = cl.execute(command.split(" "));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("swarmdesk: unexpected error: ").contains("surprise"));
    }
}
