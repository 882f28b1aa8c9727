package dev.swarmdesk.engine.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several --host values (managers of one cluster), garbage hosts and ssh through resolve(). */
class EndpointResolverHostsTest {

    @TempDir
    Path tmp;
    DockerConfigFixture fx;

    @BeforeEach
    void setUp() {
        fx = new DockerConfigFixture(tmp);
    }

    private List<URI> hosts(ConnectionOptions opts) throws EndpointException {
        return fx.resolver().resolve(opts).stream().map(EngineEndpoint::host).toList();
    }

    @Test
    void repeatedHostsKeepTheirOrder() throws EndpointException {
        assertThat(hosts(ConnectionOptions.ofHosts("tcp://m3:2375", "tcp://m1:2375", "tcp://m2:2375")))
                .containsExactly(URI.create("tcp://m3:2375"), URI.create("tcp://m1:2375"), URI.create("tcp://m2:2375"));
    }

    @Test
    void commaSeparatedHostsAreSplitAndTrimmed() throws EndpointException {
        assertThat(hosts(ConnectionOptions.ofHosts("tcp://m1:2375, m2:2376 ,,", "unix:///tmp/s.sock")))
                .containsExactly(URI.create("tcp://m1:2375"), URI.create("tcp://m2:2376"), URI.create("unix:///tmp/s.sock"));
    }

    @Test
    void duplicatesAfterNormalisationAreDropped() throws EndpointException {
        assertThat(hosts(ConnectionOptions.ofHosts("m1", "tcp://m1:2375", "tcp://m2", "m1:2375,m2:2375")))
                .containsExactly(URI.create("tcp://m1:2375"), URI.create("tcp://m2:2375"));
    }

    @Test
    void everyEndpointIsFromTheDefaultContextViaHostFlag() throws EndpointException {
        DockerConfigFixture.certs(tmp, "ca.pem", "cert.pem", "key.pem");
        List<EngineEndpoint> eps = fx.resolver().resolve(
                ConnectionOptions.ofHosts("tcp://m1:2376", "tcp://m2:2376").withTlsVerify(true));
        assertThat(eps).hasSize(2).allSatisfy(ep -> {
            assertThat(ep.name()).isEqualTo("default");
            assertThat(ep.source()).isEqualTo("--host");
            assertThat(ep.tls()).contains(new TlsMaterial(tmp.resolve("ca.pem"), tmp.resolve("cert.pem"),
                    tmp.resolve("key.pem"), true));
        });
    }

    @Test
    void emptyHostFlagMeansTheDefaultLikeTheCli() throws EndpointException {
        List<EngineEndpoint> eps = fx.resolver().resolve(ConnectionOptions.ofHosts(""));
        assertThat(eps).extracting(EngineEndpoint::host).containsExactly(URI.create("unix:///var/run/docker.sock"));
        assertThat(eps.get(0).source()).isEqualTo("--host");
    }

    @Test
    void oneBadHostAmongGoodOnesFailsTheWholeResolve() {
        assertThatThrownBy(() -> hosts(ConnectionOptions.ofHosts("tcp://m1:2375", "::garbage::", "tcp://m2:2375")))
                .isInstanceOf(EndpointException.class)
                .hasMessageStartingWith("invalid Docker host \"::garbage::\" from --host");
    }

    @Test
    void garbageDockerHostNamesTheVariable() {
        fx.env("DOCKER_HOST", "http://x");
        assertThatThrownBy(() -> hosts(null))
                .hasMessageStartingWith("invalid Docker host \"http://x\" from DOCKER_HOST");
    }

    @Test
    void dockerHostIsNotSplitOnCommas() {
        // The CLI reads DOCKER_HOST as one address; a list there is a mistake worth reporting.
        fx.env("DOCKER_HOST", "tcp://a:2375,tcp://b:2375");
        assertThatThrownBy(() -> hosts(null)).hasMessageContaining("from DOCKER_HOST");
    }

    @Test
    void sshHostFlagIsRefusedWithTheAgreedMessage() {
        assertThatThrownBy(() -> hosts(ConnectionOptions.ofHosts("tcp://m1:2375", "ssh://user@host")))
                .isInstanceOf(EndpointException.class)
                .hasMessage("ssh:// endpoints (ssh://user@host) are not supported yet; "
                        + "use a tcp:// or unix:// host or a context with one");
    }

    @Test
    void sshDockerHostIsRefused() {
        fx.env("DOCKER_HOST", "ssh://root@10.0.0.1:2222");
        assertThatThrownBy(() -> hosts(null)).hasMessageStartingWith("ssh:// endpoints (ssh://root@10.0.0.1:2222)");
    }

    @Test
    void fdHostIsRefused() {
        assertThatThrownBy(() -> hosts(ConnectionOptions.ofHosts("fd://")))
                .hasMessageStartingWith("invalid Docker host \"fd://\" from --host");
    }

    @Test
    void returnedListIsImmutable() throws EndpointException {
        List<EngineEndpoint> eps = fx.resolver().resolve(ConnectionOptions.ofHosts("tcp://a:1"));
        assertThatThrownBy(eps::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
