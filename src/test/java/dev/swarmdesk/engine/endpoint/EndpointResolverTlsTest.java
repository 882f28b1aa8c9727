package dev.swarmdesk.engine.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS for --host / DOCKER_HOST / default endpoints, from DOCKER_TLS* variables and the --tls* flags. */
class EndpointResolverTlsTest {

    @TempDir
    Path tmp;
    DockerConfigFixture fx;
    Path certDir;

    @BeforeEach
    void setUp() {
        fx = new DockerConfigFixture(tmp.resolve("dot-docker"));
        certDir = tmp.resolve("certs");
    }

    private EngineEndpoint resolve(ConnectionOptions opts) throws EndpointException {
        var eps = fx.resolver().resolve(opts);
        assertThat(eps).hasSize(1);
        return eps.get(0);
    }

    @Test
    void noTlsByDefault() throws EndpointException {
        DockerConfigFixture.certs(fx.dir, "ca.pem", "cert.pem", "key.pem");
        assertThat(resolve(ConnectionOptions.ofHosts("tcp://h:2375")).tls()).isEmpty();
    }

    @Test
    void dockerTlsVerifyUsesCertPathFilesAndVerifies() throws EndpointException {
        DockerConfigFixture.certs(certDir, "ca.pem", "cert.pem", "key.pem");
        fx.env("DOCKER_HOST", "tcp://h:2376").env("DOCKER_TLS_VERIFY", "1").env("DOCKER_CERT_PATH", certDir.toString());
        TlsMaterial tls = resolve(ConnectionOptions.none()).tls().orElseThrow();
        assertThat(tls).isEqualTo(new TlsMaterial(certDir.resolve("ca.pem"), certDir.resolve("cert.pem"),
                certDir.resolve("key.pem"), true));
    }

    @Test
    void anyNonEmptyDockerTlsVerifyMeansVerifyLikeTheCli() throws EndpointException {
        DockerConfigFixture.certs(certDir, "ca.pem");
        fx.env("DOCKER_HOST", "tcp://h:2376").env("DOCKER_TLS_VERIFY", "0").env("DOCKER_CERT_PATH", certDir.toString());
        assertThat(resolve(null).tls().orElseThrow().verify()).isTrue();
    }

    @Test
    void dockerTlsAloneEncryptsWithoutVerifying() throws EndpointException {
        DockerConfigFixture.certs(certDir, "ca.pem");
        fx.env("DOCKER_TLS", "1").env("DOCKER_CERT_PATH", certDir.toString());
        TlsMaterial tls = resolve(ConnectionOptions.ofHosts("tcp://h:2376")).tls().orElseThrow();
        assertThat(tls.verify()).isFalse();
        assertThat(tls.caCert()).isEqualTo(certDir.resolve("ca.pem"));
        // Default cert/key that do not exist are dropped, as the CLI does.
        assertThat(tls.clientCert()).isNull();
        assertThat(tls.clientKey()).isNull();
    }

    @Test
    void certPathDefaultsToTheConfigDir() throws EndpointException {
        DockerConfigFixture.certs(fx.dir, "ca.pem", "cert.pem", "key.pem");
        TlsMaterial tls = resolve(ConnectionOptions.ofHosts("tcp://h:2376").withTlsVerify(true)).tls().orElseThrow();
        assertThat(tls.caCert()).isEqualTo(fx.dir.resolve("ca.pem"));
        assertThat(tls.clientKey()).isEqualTo(fx.dir.resolve("key.pem"));
    }

    @Test
    void tlsVerifyFlagFalseStillTurnsTlsOnWithoutVerification() throws EndpointException {
        DockerConfigFixture.certs(fx.dir, "ca.pem");
        fx.env("DOCKER_TLS_VERIFY", "1");
        TlsMaterial tls = resolve(ConnectionOptions.ofHosts("tcp://h:2376").withTlsVerify(false)).tls().orElseThrow();
        assertThat(tls.verify()).isFalse();
    }

    @Test
    void tlsFlagFalseOverridesDockerTls() throws EndpointException {
        fx.env("DOCKER_TLS", "1");
        assertThat(resolve(ConnectionOptions.ofHosts("tcp://h:2375").withTls(false)).tls()).isEmpty();
    }

    @Test
    void tlsFlagFalseCannotOverrideDockerTlsVerify() throws EndpointException {
        DockerConfigFixture.certs(fx.dir, "ca.pem");
        fx.env("DOCKER_TLS_VERIFY", "1");
        TlsMaterial tls = resolve(ConnectionOptions.ofHosts("tcp://h:2376").withTls(false)).tls().orElseThrow();
        assertThat(tls.verify()).isTrue();
    }

    @Test
    void fileFlagsOverrideTheCertPath() throws EndpointException {
        DockerConfigFixture.certs(certDir, "ca.pem", "cert.pem", "key.pem");
        Path other = DockerConfigFixture.certs(tmp.resolve("other"), "my-ca.pem", "my-cert.pem", "my-key.pem");
        fx.env("DOCKER_CERT_PATH", certDir.toString());
        TlsMaterial tls = resolve(ConnectionOptions.ofHosts("tcp://h:2376").withTlsVerify(true)
                .withTlsFiles(other.resolve("my-ca.pem"), other.resolve("my-cert.pem"), other.resolve("my-key.pem")))
                .tls().orElseThrow();
        assertThat(tls).isEqualTo(new TlsMaterial(other.resolve("my-ca.pem"), other.resolve("my-cert.pem"),
                other.resolve("my-key.pem"), true));
    }

    @Test
    void missingCaIsAnErrorNamingTheFileAndTheReason() {
        fx.env("DOCKER_TLS_VERIFY", "1").env("DOCKER_CERT_PATH", certDir.toString());
        assertThatThrownBy(() -> resolve(ConnectionOptions.ofHosts("tcp://h:2376")))
                .isInstanceOf(EndpointException.class)
                .hasMessageContaining(certDir.resolve("ca.pem").toString())
                .hasMessageContaining("DOCKER_TLS_VERIFY")
                .hasMessageContaining("does not exist")
                .hasMessageNotContaining("\n");
    }

    @Test
    void missingCaIsAnErrorEvenWithoutVerification() {
        assertThatThrownBy(() -> resolve(ConnectionOptions.ofHosts("tcp://h:2376").withTls(true)))
                .hasMessageContaining(fx.dir.resolve("ca.pem").toString())
                .hasMessageContaining("--tls");
    }

    @Test
    void missingFlagFileIsAnErrorNamingTheFlag() {
        DockerConfigFixture.certs(fx.dir, "ca.pem");
        Path missing = tmp.resolve("absent-cert.pem");
        assertThatThrownBy(() -> resolve(ConnectionOptions.ofHosts("tcp://h:2376").withTlsVerify(true)
                .withTlsFiles(null, missing, null)))
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("--tlscert")
                .hasMessageContaining("does not exist");
    }

    @Test
    void directoryInsteadOfFileIsRejected() throws Exception {
        Files.createDirectories(fx.dir.resolve("ca.pem"));
        assertThatThrownBy(() -> resolve(ConnectionOptions.ofHosts("tcp://h:2376").withTls(true)))
                .hasMessageContaining("is not a readable file");
    }

    @Test
    void tlsWithNoHostMeansTheTlsDefaultAddress() throws EndpointException {
        DockerConfigFixture.certs(fx.dir, "ca.pem");
        fx.env("DOCKER_TLS_VERIFY", "1");
        EngineEndpoint ep = resolve(null);
        assertThat(ep.host()).isEqualTo(URI.create("tcp://localhost:2376"));
        assertThat(ep.source()).isEqualTo("default TLS address");
        assertThat(ep.tls()).isPresent();
    }

    @Test
    void explicitTcpHostWithoutPortGets2375EvenWithTls() throws EndpointException {
        DockerConfigFixture.certs(fx.dir, "ca.pem");
        fx.env("DOCKER_TLS_VERIFY", "1").env("DOCKER_HOST", "tcp://swarm.example.com");
        assertThat(resolve(null).host()).isEqualTo(URI.create("tcp://swarm.example.com:2375"));
    }

    @Test
    void tlsIsNotAttachedToUnixSocketsButFilesAreStillChecked() throws EndpointException {
        DockerConfigFixture.certs(fx.dir, "ca.pem");
        fx.env("DOCKER_TLS_VERIFY", "1");
        assertThat(resolve(ConnectionOptions.ofHosts("unix:///var/run/docker.sock")).tls()).isEmpty();

        DockerConfigFixture fresh = new DockerConfigFixture(tmp.resolve("empty-config"));
        fresh.env("DOCKER_TLS_VERIFY", "1");
        assertThatThrownBy(() -> fresh.resolver().resolve(ConnectionOptions.ofHosts("unix:///var/run/docker.sock")))
                .hasMessageContaining("ca.pem");
    }

    @Test
    void tlsFromEnvAppliesToTheDefaultContextChosenByName() throws EndpointException {
        DockerConfigFixture.certs(fx.dir, "ca.pem");
        fx.env("DOCKER_HOST", "tcp://h:2376").env("DOCKER_TLS_VERIFY", "1");
        EngineEndpoint ep = resolve(ConnectionOptions.ofContext("default"));
        assertThat(ep.tls()).contains(new TlsMaterial(fx.dir.resolve("ca.pem"), null, null, true));
    }
}
