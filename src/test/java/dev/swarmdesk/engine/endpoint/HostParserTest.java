package dev.swarmdesk.engine.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cases taken from the docker CLI's own opts/hosts_test.go, plus the stricter ones SwarmDesk adds. */
class HostParserTest {

    private final HostParser unix = new HostParser(false);
    private final HostParser windows = new HostParser(true);

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "tcp://host:|tcp://host:2375",
            "tcp://|tcp://localhost:2375",
            "tcp://:2375|tcp://localhost:2375",
            "tcp://:2376|tcp://localhost:2376",
            "tcp://0.0.0.0:8080|tcp://0.0.0.0:8080",
            "tcp://192.168.0.0:12000|tcp://192.168.0.0:12000",
            "' tcp://:7777/path '|tcp://localhost:7777/path",
            "tcp://docker.com:2375|tcp://docker.com:2375",
            "tcp://docker.com|tcp://docker.com:2375",
            "0.0.0.1:|tcp://0.0.0.1:2375",
            "0.0.0.1:5555|tcp://0.0.0.1:5555",
            "0.0.0.1:5555/path|tcp://0.0.0.1:5555/path",
            "[::1]:|tcp://[::1]:2375",
            "[::1]:5555/path|tcp://[::1]:5555/path",
            "[0:0:0:0:0:0:0:1]:|tcp://[0:0:0:0:0:0:0:1]:2375",
            ":6666|tcp://localhost:6666",
            ":6666/path|tcp://localhost:6666/path",
            "localhost:|tcp://localhost:2375",
            "localhost:5555|tcp://localhost:5555",
            "manager1|tcp://manager1:2375",
            "::1|tcp://[::1]:2375",
            "unix:///run/docker.sock|unix:///run/docker.sock",
            "unix://|unix:///var/run/docker.sock",
            "/run/user/1000/docker.sock|unix:///run/user/1000/docker.sock",
            "npipe://|npipe:////./pipe/docker_engine",
            "npipe:////./pipe/foo|npipe:////./pipe/foo",
            "ssh://user@host|ssh://user@host",
            "ssh://user@host:2222|ssh://user@host:2222",
    })
    void normalisesLikeTheCli(String raw, String expected) throws EndpointException {
        assertThat(unix.parse(raw, false, "test")).isEqualTo(URI.create(expected));
    }

    @Test
    void emptyMeansTheDefaultSocketOrTheTlsDefault() throws EndpointException {
        assertThat(unix.parse("", false, "t")).isEqualTo(URI.create("unix:///var/run/docker.sock"));
        assertThat(unix.parse("   ", false, "t")).isEqualTo(URI.create("unix:///var/run/docker.sock"));
        assertThat(unix.parse(null, false, "t")).isEqualTo(URI.create("unix:///var/run/docker.sock"));
        assertThat(unix.parse("", true, "t")).isEqualTo(URI.create("tcp://localhost:2376"));
    }

    @Test
    void explicitTcpHostKeeps2375EvenWithTlsLikeTheCli() throws EndpointException {
        // ParseTCPAddr is always called with defaultTCPHost (2375); only the empty value becomes 2376.
        assertThat(unix.parse("tcp://h", true, "t")).isEqualTo(URI.create("tcp://h:2375"));
        assertThat(unix.parse("tcp://", true, "t")).isEqualTo(URI.create("tcp://localhost:2375"));
    }

    @Test
    void windowsDefaultsAreTheNamedPipeAnd127001() throws EndpointException {
        assertThat(windows.parse("", false, "t")).isEqualTo(URI.create("npipe:////./pipe/docker_engine"));
        assertThat(windows.parse("tcp://:2375", false, "t")).isEqualTo(URI.create("tcp://127.0.0.1:2375"));
        assertThat(windows.parse("", true, "t")).isEqualTo(URI.create("tcp://127.0.0.1:2376"));
    }

    @Test
    void relativeUnixSocketIsPinnedToTheWorkingDirectory() throws EndpointException {
        URI uri = unix.parse("./run/docker.sock", false, "t");
        assertThat(uri.getScheme()).isEqualTo("unix");
        assertThat(Path.of(uri.getPath())).isEqualTo(Path.of("run/docker.sock").toAbsolutePath());
        assertThat(uri.getHost()).isNull();
    }

    @Test
    void unixPathWithSpaceIsEncodedNotRejected() throws EndpointException {
        URI uri = unix.parse("unix:///tmp/my docker.sock", false, "t");
        assertThat(uri.getPath()).isEqualTo("/tmp/my docker.sock");
        assertThat(uri.toString()).isEqualTo("unix:///tmp/my%20docker.sock");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "something with spaces",
            "://",
            "unknown://",
            "udp://127.0.0.1:2375",
            "http://x",
            "https://x:2376",
            "tcp://:port",
            "tcp://invalid:port",
            "tcp:a.b.c.d",
            "tcp://unix:///run/docker.sock",
            "unix://tcp://127.0.0.1",
            "::garbage::",
            "tcp://h:0",
            "tcp://h:70000",
            "tcp://0.0.0.0:1234567890",
            "tcp://bad_name:2375",
            "tcp://user@h:2375",
            "tcp://h:2375?x=1",
            "tcp://[::1",
            "fd://",
            "fd://3",
            "ssh://",
    })
    void rejectsGarbageNamingValueAndSource(String raw) {
        assertThatThrownBy(() -> unix.parse(raw, false, "DOCKER_HOST"))
                .isInstanceOf(EndpointException.class)
                .hasMessageStartingWith("invalid Docker host \"" + raw + "\" from DOCKER_HOST: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void httpSchemeGetsAHintAboutTcpAndTls() {
        assertThatThrownBy(() -> unix.parse("http://x", false, "--host"))
                .hasMessageContaining("unsupported scheme \"http\"")
                .hasMessageContaining("tcp://");
    }

    @Test
    void fdIsExplainedAsDaemonOnly() {
        assertThatThrownBy(() -> unix.parse("fd://", false, "--host"))
                .hasMessageContaining("only the Docker daemon");
    }
}
