package dev.swarmdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class EngineErrorsTest {

    private static final String SOCKET = "unix:///var/run/docker.sock";
    private static final String TCP = "tcp://manager-1:2376";

    /** How docker-java's transport hands I/O failures over: wrapped, sometimes twice. */
    private static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException(new RuntimeException("request failed", cause));
    }

    @Test
    void aRefusedConnectionMeansNoEngine() {
        ClusterAccessException e = EngineErrors.transport(SOCKET, wrapped(new ConnectException("Connection refused")));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.connectionLost()).isTrue();
        assertThat(e.getMessage()).contains(SOCKET).contains("connection refused");
    }

    @Test
    void aMissingSocketIsSaidSo() {
        ClusterAccessException e = EngineErrors.transport(SOCKET,
                wrapped(new NoSuchFileException("/var/run/docker.sock")));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains(SOCKET).contains("socket does not exist");
    }

    @Test
    void aMissingSocketReportedByMessageIsSaidSo() {
        ClusterAccessException e = EngineErrors.transport(SOCKET,
                wrapped(new IOException("connect: No such file or directory")));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains("socket does not exist");
    }

    @Test
    void permissionDeniedTellsWhatToDo() {
        ClusterAccessException e = EngineErrors.transport(SOCKET,
                wrapped(new IOException("connect(/var/run/docker.sock): Permission denied")));

        assertThat(e.kind()).isEqualTo(Kind.PERMISSION_DENIED);
        assertThat(e.connectionLost()).isFalse();
        assertThat(e.getMessage()).contains(SOCKET).contains("docker' group");
    }

    @Test
    void aTlsFailureIsTls() {
        ClusterAccessException e = EngineErrors.transport(TCP,
                wrapped(new SSLHandshakeException("PKIX path building failed")));

        assertThat(e.kind()).isEqualTo(Kind.TLS);
        assertThat(e.getMessage()).contains(TCP).contains("PKIX path building failed");
        assertThat(EngineErrors.transport(TCP, wrapped(new SSLException("bad record"))).kind()).isEqualTo(Kind.TLS);
    }

    @Test
    void anUnknownHostCannotBeResolved() {
        ClusterAccessException e = EngineErrors.transport(TCP, wrapped(new UnknownHostException("manager-1")));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains(TCP).contains("cannot resolve").contains("manager-1");
    }

    @Test
    void aTimeoutSaysTheEngineDidNotAnswer() {
        ClusterAccessException e = EngineErrors.transport(TCP, wrapped(new SocketTimeoutException("Read timed out")));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains(TCP).contains("did not answer");
    }

    @Test
    void anythingElseStillNamesTheEndpointAndKeepsTheCause() {
        IllegalStateException odd = new IllegalStateException("pool shut down");
        ClusterAccessException e = EngineErrors.transport(TCP, new RuntimeException(odd));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains(TCP).contains("pool shut down");
        assertThat(e.getCause()).hasCause(odd);
    }

    @Test
    void theOriginalErrorIsTheCause() {
        RuntimeException error = wrapped(new ConnectException("Connection refused"));

        assertThat(EngineErrors.transport(SOCKET, error).getCause()).isSameAs(error);
    }

    @Test
    void aWorkerAnswerMeansNotAManager() {
        String engine = "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster"
                + " state. Please run this command on a manager node or promote the current node to a manager.";

        ClusterAccessException e = EngineErrors.status(TCP, 503, engine);

        assertThat(e.kind()).isEqualTo(Kind.NOT_A_MANAGER);
        assertThat(e.getMessage()).contains(TCP).contains("docker node promote").contains(engine);
    }

    @Test
    void anEngineOutsideASwarmIsNotAManagerEither() {
        String engine = "This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to"
                + " connect this node to swarm and try again.";

        assertThat(EngineErrors.status(TCP, 503, engine).kind()).isEqualTo(Kind.NOT_A_MANAGER);
        assertThat(EngineErrors.status(TCP, 503, "This node is not part of a swarm").kind())
                .isEqualTo(Kind.NOT_A_MANAGER);
    }

    @Test
    void notFoundIsNotFound() {
        ClusterAccessException e = EngineErrors.status(TCP, 404, "service x not found");

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("service x not found");
    }

    @Test
    void anUpdateOutOfSequenceIsAConflict() {
        String engine = "rpc error: code = Unknown desc = update out of sequence";

        assertThat(EngineErrors.status(TCP, 500, engine).kind()).isEqualTo(Kind.CONFLICT);
        assertThat(EngineErrors.status(TCP, 409, "name conflicts with an existing object").kind())
                .isEqualTo(Kind.CONFLICT);
    }

    @Test
    void otherErrorsAreRefusalsWithTheEngineWords() {
        ClusterAccessException e = EngineErrors.status(TCP, 500, "rpc error: code = Unknown desc = boom");

        assertThat(e.kind()).isEqualTo(Kind.REFUSED);
        assertThat(e.connectionLost()).isFalse();
        assertThat(e.getMessage()).isEqualTo("rpc error: code = Unknown desc = boom");
    }

    @Test
    void anEmptyReplyNamesTheStatus() {
        assertThat(EngineErrors.status(TCP, 502, "  ").getMessage()).isEqualTo("engine replied HTTP 502");
    }
}
