package dev.swarmdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.engine.endpoint.ConnectionOptions;
import dev.swarmdesk.ui.shell.ConnectionForm;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SavedConnectionsTest {

    private final Preferences node = Preferences.userRoot().node("dev/swarmdesk-test/" + UUID.randomUUID());
    private final SavedConnections saved = new SavedConnections(node);

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    @Test
    void aSavedFormComesBackAndTheLastChoiceIsRemembered() {
        ConnectionForm prod = new ConnectionForm("prod", "tcp://m1:2376, tcp://m2:2376", "", true, "/c/ca.pem",
                "/c/cert.pem", "/c/key.pem");
        saved.save(prod);
        saved.save(new ConnectionForm("lab", "unix:///var/run/docker.sock", "", false, "", "", ""));
        saved.last("prod");

        assertThat(saved.names()).containsExactly("lab", "prod");
        assertThat(saved.get("prod")).contains(prod);
        assertThat(saved.get("missing")).isEmpty();
        assertThat(new SavedConnections(node).last()).isEqualTo("prod");
    }

    @Test
    void aFormBecomesTheDockerClisFlags() {
        ConnectionOptions o = SavedConnections.options(new ConnectionForm("prod", "tcp://m1:2376, tcp://m2:2376",
                "", true, "/c/ca.pem", "", ""));
        assertThat(o.hosts()).containsExactly("tcp://m1:2376", "tcp://m2:2376");
        assertThat(o.context()).isNull();
        assertThat(o.tlsVerify()).isTrue();
        assertThat(o.tlsCaCert()).isEqualTo(Path.of("/c/ca.pem"));
        assertThat(o.tlsCert()).isNull();

        ConnectionOptions ctx = SavedConnections.options(new ConnectionForm("x", "", "lab", false, "", "", ""));
        assertThat(ctx.hosts()).isEqualTo(List.of());
        assertThat(ctx.context()).isEqualTo("lab");
        assertThat(ctx.tlsVerify()).isNull();
    }
}
