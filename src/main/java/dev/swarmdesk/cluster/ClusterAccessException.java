package dev.swarmdesk.cluster;

/**
 * The engine could not be reached or refused: the message is one line a user can act on.
 */
public final class ClusterAccessException extends RuntimeException {

    /** What kind of trouble, so callers can decide whether trying again can help. */
    public enum Kind { UNREACHABLE, PERMISSION_DENIED, NOT_A_MANAGER, TLS, BAD_ENDPOINT, REFUSED, CONFLICT, NOT_FOUND }

    private final Kind kind;

    public ClusterAccessException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ClusterAccessException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the connection itself is gone (as opposed to a refused request). */
    public boolean connectionLost() {
        return kind == Kind.UNREACHABLE || kind == Kind.TLS;
    }
}
