package dev.swarmdesk.engine.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionOptionsTest {

    @Test
    void noneHasNothingGiven() {
        ConnectionOptions none = ConnectionOptions.none();
        assertThat(none.hosts()).isEmpty();
        assertThat(none.context()).isNull();
        assertThat(none.tls()).isNull();
        assertThat(none.tlsVerify()).isNull();
        assertThat(none.tlsCaCert()).isNull();
        assertThat(none.hasContext()).isFalse();
    }

    @Test
    void nullHostListBecomesEmptyAndNullEntriesBecomeBlank() {
        assertThat(new ConnectionOptions(null, null, null, null, null, null, null).hosts()).isEmpty();
        assertThat(new ConnectionOptions(Arrays.asList("a", null), null, null, null, null, null, null).hosts())
                .containsExactly("a", "");
    }

    @Test
    void hostsAreCopiedAndImmutable() {
        List<String> given = new ArrayList<>(List.of("a"));
        ConnectionOptions opts = new ConnectionOptions(given, null, null, null, null, null, null);
        given.add("b");
        assertThat(opts.hosts()).containsExactly("a");
        assertThatThrownBy(() -> opts.hosts().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withersChangeOneThing() {
        ConnectionOptions o = ConnectionOptions.ofHosts("a", "b").withTls(true).withTlsVerify(false).withContext("x");
        assertThat(o.hosts()).containsExactly("a", "b");
        assertThat(o.tls()).isTrue();
        assertThat(o.tlsVerify()).isFalse();
        assertThat(o.context()).isEqualTo("x");
        assertThat(o.hasContext()).isTrue();
        assertThat(ConnectionOptions.ofContext("").hasContext()).isFalse();
    }

    @Test
    void exceptionMessageIsOneLine() {
        assertThat(new EndpointException("first\nsecond\r\n third").getMessage()).isEqualTo("first second third");
    }

    @Test
    void endpointRejectsNullsAndKnowsTcp() {
        assertThatThrownBy(() -> new EngineEndpoint("n", null, Optional.empty(), "s"))
                .isInstanceOf(NullPointerException.class);
        assertThat(new EngineEndpoint("n", URI.create("tcp://h:1"), Optional.empty(), "s").isTcp()).isTrue();
        assertThat(new EngineEndpoint("n", URI.create("unix:///s"), Optional.empty(), "s").isTcp()).isFalse();
    }
}
