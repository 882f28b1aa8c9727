package dev.swarmdesk.cluster;

/**
 * Where the live model stands with the engine.
 *
 * @param endpoint the manager endpoint in use (or last tried)
 * @param message why it is not connected, "" when it is
 */
public record ConnectionStatus(Phase phase, String endpoint, String engineVersion, String message) {

    public enum Phase { IDLE, CONNECTING, CONNECTED, RECONNECTING, FAILED, CLOSED }

    public static final ConnectionStatus IDLE = new ConnectionStatus(Phase.IDLE, "", "", "");

    public boolean isConnected() {
        return phase == Phase.CONNECTED;
    }
}
