package dev.swarmdesk.engine;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;
import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns transport failures and engine error replies into one line a user can act on.
 * The docker-java transport wraps I/O errors in RuntimeExceptions; the cause chain says what
 * really happened.
 */
final class EngineErrors {

    private EngineErrors() {
    }

    static ClusterAccessException transport(String endpoint, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof SSLException) {
                return new ClusterAccessException(Kind.TLS,
                        "TLS failure talking to " + endpoint + ": " + t.getMessage(), error);
            }
            if (t instanceof UnknownHostException) {
                return new ClusterAccessException(Kind.UNREACHABLE,
                        "cannot resolve the host of " + endpoint + ": " + t.getMessage(), error);
            }
            if (msg.contains("permission denied")) {
                return new ClusterAccessException(Kind.PERMISSION_DENIED,
                        "permission denied on " + endpoint
                                + ": run as a member of the 'docker' group (or as root)", error);
            }
            if (t instanceof NoSuchFileException || t instanceof FileNotFoundException
                    || msg.contains("no such file or directory")) {
                return new ClusterAccessException(Kind.UNREACHABLE,
                        "no Docker engine at " + endpoint + ": the socket does not exist (is dockerd running?)",
                        error);
            }
            if (t instanceof ConnectException || msg.contains("connection refused")) {
                return new ClusterAccessException(Kind.UNREACHABLE,
                        "no Docker engine at " + endpoint + ": connection refused (is dockerd running?)", error);
            }
            if (t instanceof NoRouteToHostException) {
                return new ClusterAccessException(Kind.UNREACHABLE,
                        "no route to " + endpoint + ": " + t.getMessage(), error);
            }
            if (t instanceof SocketTimeoutException) {
                return new ClusterAccessException(Kind.UNREACHABLE,
                        "the Docker engine at " + endpoint + " did not answer in time", error);
            }
        }
        String what = error.getCause() != null ? error.getCause().toString() : error.toString();
        return new ClusterAccessException(Kind.UNREACHABLE,
                "cannot talk to the Docker engine at " + endpoint + ": " + what, error);
    }

    /** An engine reply with a non-2xx status; {@code message} is the engine's own text. */
    static ClusterAccessException status(String endpoint, int status, String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("not a swarm manager") || lower.contains("not part of a swarm")) {
            return notAManager(endpoint, message);
        }
        Kind kind = switch (status) {
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            default -> Kind.REFUSED;
        };
        if (status == 500 && lower.contains("update out of sequence")) {
            kind = Kind.CONFLICT;
        }
        return new ClusterAccessException(kind, message.isBlank() ? "engine replied HTTP " + status : message);
    }

    static ClusterAccessException notAManager(String endpoint, String engineWords) {
        return new ClusterAccessException(Kind.NOT_A_MANAGER,
                "this node is not a swarm manager (" + endpoint + "): connect to a manager node"
                        + " (`docker node ls` on a manager lists them) or promote this node with"
                        + " `docker node promote`" + (engineWords.isBlank() ? "" : "; the engine said: " + engineWords));
    }
}
