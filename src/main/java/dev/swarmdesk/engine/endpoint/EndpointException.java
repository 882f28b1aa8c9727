package dev.swarmdesk.engine.endpoint;

/**
 * Thrown when the engine endpoint cannot be worked out: conflicting options, a malformed host, a
 * missing or corrupt context, missing TLS files, or an endpoint kind SwarmDesk cannot use yet.
 *
 * <p>The message is always one line written for the user (it names the bad value and where it came
 * from), so callers can show it as is; no stack trace is needed to understand it.
 */
public final class EndpointException extends Exception {

    private static final long serialVersionUID = 1L;

    public EndpointException(String message) {
        super(oneLine(message));
    }

    public EndpointException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    // A user-supplied value (or a parser's message) could carry a line break; keep the promise of one line.
    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
