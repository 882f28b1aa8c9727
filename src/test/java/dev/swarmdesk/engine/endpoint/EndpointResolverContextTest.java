package dev.swarmdesk.engine.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contexts read from a real on-disk layout: meta.json under sha256(name), TLS under tls/sha256/docker. */
class EndpointResolverContextTest {

    @TempDir
    Path tmp;
    DockerConfigFixture fx;

    @BeforeEach
    void setUp() {
        fx = new DockerConfigFixture(tmp);
    }

    private EngineEndpoint resolveContext(String name) throws EndpointException {
        var eps = fx.resolver().resolve(ConnectionOptions.ofContext(name));
        assertThat(eps).hasSize(1);
        return eps.get(0);
    }

    @Test
    void contextIdIsTheSha256HexOfTheName() {
        assertThat(ContextStore.contextId("lab")).isEqualTo(DockerConfigFixture.sha256("lab")).hasSize(64);
        // Known value: the id docker gives the context "default" (seen in ~/.docker/contexts listings).
        assertThat(ContextStore.contextId("default"))
                .isEqualTo("37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f");
    }

    @Test
    void contextWithoutTls() throws EndpointException {
        fx.context("lab", "tcp://10.0.0.5:2375", false);
        EngineEndpoint ep = resolveContext("lab");
        assertThat(ep.name()).isEqualTo("lab");
        assertThat(ep.host()).isEqualTo(URI.create("tcp://10.0.0.5:2375"));
        assertThat(ep.tls()).isEmpty();
    }

    @Test
    void contextWithTlsFilesVerifies() throws EndpointException {
        fx.context("prod", "tcp://prod.example.com:2376", false);
        Path tlsDir = fx.contextTls("prod", "ca.pem", "cert.pem", "key.pem");
        TlsMaterial tls = resolveContext("prod").tls().orElseThrow();
        assertThat(tls.caCert()).isEqualTo(tlsDir.resolve("ca.pem"));
        assertThat(tls.clientCert()).isEqualTo(tlsDir.resolve("cert.pem"));
        assertThat(tls.clientKey()).isEqualTo(tlsDir.resolve("key.pem"));
        assertThat(tls.verify()).isTrue();
        assertThat(tls.hasClientCertificate()).isTrue();
    }

    @Test
    void contextWithOnlyCaHasNoClientCertificate() throws EndpointException {
        fx.context("ca-only", "tcp://h:2376", false);
        Path tlsDir = fx.contextTls("ca-only", "ca.pem");
        TlsMaterial tls = resolveContext("ca-only").tls().orElseThrow();
        assertThat(tls.caCert()).isEqualTo(tlsDir.resolve("ca.pem"));
        assertThat(tls.clientCert()).isNull();
        assertThat(tls.clientKey()).isNull();
        assertThat(tls.hasClientCertificate()).isFalse();
    }

    @Test
    void skipTlsVerifyWithFilesEncryptsWithoutVerifying() throws EndpointException {
        fx.context("skip", "tcp://h:2376", true);
        fx.contextTls("skip", "ca.pem", "cert.pem", "key.pem");
        TlsMaterial tls = resolveContext("skip").tls().orElseThrow();
        assertThat(tls.verify()).isFalse();
        assertThat(tls.clientCert()).isNotNull();
    }

    @Test
    void skipTlsVerifyWithoutFilesStillMeansTls() throws EndpointException {
        fx.context("skip-bare", "tcp://h:2376", true);
        assertThat(resolveContext("skip-bare").tls()).contains(new TlsMaterial(null, null, null, false));
    }

    @Test
    void contextTlsIsNotAppliedToASocket() throws EndpointException {
        fx.context("local", "unix:///run/docker.sock", true);
        fx.contextTls("local", "ca.pem");
        EngineEndpoint ep = resolveContext("local");
        assertThat(ep.host()).isEqualTo(URI.create("unix:///run/docker.sock"));
        assertThat(ep.tls()).isEmpty();
    }

    @Test
    void contextIgnoresTlsEnvironmentAndFlags() throws EndpointException {
        fx.context("plain", "tcp://h:2375", false);
        fx.env("DOCKER_TLS_VERIFY", "1").env("DOCKER_CERT_PATH", tmp.resolve("nowhere").toString());
        var eps = fx.resolver().resolve(ConnectionOptions.ofContext("plain").withTlsVerify(true));
        assertThat(eps.get(0).tls()).isEmpty();
    }

    @Test
    void contextWithEmptyHostMeansTheDefaultSocket() throws EndpointException {
        fx.context("empty", "", false);
        assertThat(resolveContext("empty").host()).isEqualTo(URI.create("unix:///var/run/docker.sock"));
    }

    @Test
    void lowerCaseFieldNamesAreReadLikeGoDoes() throws EndpointException {
        fx.rawContextMeta("lc", "{\"name\":\"lc\",\"endpoints\":{\"docker\":{\"host\":\"tcp://lc:2375\",\"skipTLSVerify\":true}}}");
        EngineEndpoint ep = resolveContext("lc");
        assertThat(ep.host()).isEqualTo(URI.create("tcp://lc:2375"));
        assertThat(ep.tls()).contains(new TlsMaterial(null, null, null, false));
    }

    @Test
    void missingContextSaysSoAndWhereItLooked() {
        Path expected = tmp.resolve("contexts/meta").resolve(DockerConfigFixture.sha256("nope")).resolve("meta.json");
        assertThatThrownBy(() -> resolveContext("nope"))
                .isInstanceOf(EndpointException.class)
                .hasMessageStartingWith("context \"nope\" does not exist")
                .hasMessageContaining(expected.toString())
                .hasMessageContaining("--context")
                .hasMessageContaining("docker context ls")
                .hasMessageNotContaining("\n");
    }

    @Test
    void missingContextFromDockerContextNamesThatVariable() {
        fx.env("DOCKER_CONTEXT", "ghost");
        assertThatThrownBy(() -> fx.resolver().resolve(null))
                .hasMessageStartingWith("context \"ghost\" does not exist")
                .hasMessageContaining("DOCKER_CONTEXT");
    }

    @Test
    void missingContextFromConfigFileNamesTheFile() {
        fx.currentContext("gone");
        assertThatThrownBy(() -> fx.resolver().resolve(null))
                .hasMessageStartingWith("context \"gone\" does not exist")
                .hasMessageContaining(tmp.resolve("config.json").toString());
    }

    @Test
    void corruptMetaNamesTheFile() {
        Path meta = fx.rawContextMeta("broken", "{\"Name\":\"broken\",\"Endpoints\":{");
        assertThatThrownBy(() -> resolveContext("broken"))
                .isInstanceOf(EndpointException.class)
                .hasMessageContaining("context \"broken\" is corrupt")
                .hasMessageContaining(meta.toString())
                .hasMessageContaining("not valid JSON")
                .hasMessageNotContaining("\n");
    }

    @Test
    void metaThatIsNotAnObjectIsCorrupt() {
        fx.rawContextMeta("arr", "[1,2]");
        assertThatThrownBy(() -> resolveContext("arr")).hasMessageContaining("expected a JSON object");
    }

    @Test
    void wrongTypesInMetaAreCorrupt() {
        fx.rawContextMeta("num", "{\"Endpoints\":{\"docker\":{\"Host\":42}}}");
        assertThatThrownBy(() -> resolveContext("num")).hasMessageContaining("\"Host\" must be a string");
        fx.rawContextMeta("skip", "{\"Endpoints\":{\"docker\":{\"Host\":\"tcp://h:1\",\"SkipTLSVerify\":\"yes\"}}}");
        assertThatThrownBy(() -> resolveContext("skip")).hasMessageContaining("\"SkipTLSVerify\" must be true or false");
    }

    @Test
    void contextWithoutDockerEndpointIsReported() {
        fx.rawContextMeta("k8s-only", "{\"Name\":\"k8s-only\",\"Endpoints\":{\"kubernetes\":{}}}");
        assertThatThrownBy(() -> resolveContext("k8s-only")).hasMessageContaining("has no docker endpoint");
    }

    @Test
    void badHostInContextNamesTheContextAndFile() {
        Path meta = fx.context("bad", "http://nope", false);
        assertThatThrownBy(() -> resolveContext("bad"))
                .hasMessageStartingWith("invalid Docker host \"http://nope\" from context \"bad\"")
                .hasMessageContaining(meta.toString());
    }

    @Test
    void sshContextIsRefusedClearly() {
        fx.context("remote", "ssh://deploy@swarm-1", false);
        assertThatThrownBy(() -> resolveContext("remote"))
                .isInstanceOf(EndpointException.class)
                .hasMessage("ssh:// endpoints (ssh://deploy@swarm-1) are not supported yet; "
                        + "use a tcp:// or unix:// host or a context with one");
    }
}
