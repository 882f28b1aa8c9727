package dev.swarmdesk.engine.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each step of the CLI's order: --host, --context, DOCKER_HOST, DOCKER_CONTEXT, config.json
 * currentContext, default socket. Every test sets up every lower-priority source too, with a different
 * address, so a wrong order picks the wrong host and fails.
 */
class EndpointResolverPrecedenceTest {

    @TempDir
    Path tmp;
    DockerConfigFixture fx;

    @BeforeEach
    void setUp() {
        fx = new DockerConfigFixture(tmp);
        fx.context("flagctx", "tcp://flag-ctx:2375", false);
        fx.context("envctx", "tcp://env-ctx:2375", false);
        fx.context("cfgctx", "tcp://cfg-ctx:2375", false);
    }

    private void everyLowerSource() {
        fx.env("DOCKER_HOST", "tcp://env-host:2375");
        fx.env("DOCKER_CONTEXT", "envctx");
        fx.currentContext("cfgctx");
    }

    private static EngineEndpoint single(List<EngineEndpoint> eps) {
        assertThat(eps).hasSize(1);
        return eps.get(0);
    }

    @Test
    void hostFlagBeatsEverything() throws EndpointException {
        everyLowerSource();
        EngineEndpoint ep = single(fx.resolver().resolve(ConnectionOptions.ofHosts("tcp://flag-host:2375")));
        assertThat(ep.host()).isEqualTo(URI.create("tcp://flag-host:2375"));
        assertThat(ep.name()).isEqualTo("default");
        assertThat(ep.source()).isEqualTo("--host");
        assertThat(ep.tls()).isEmpty();
    }

    @Test
    void hostAndContextTogetherIsTheCliConflictError() {
        assertThatThrownBy(() -> fx.resolver().resolve(
                ConnectionOptions.ofHosts("tcp://a:2375").withContext("flagctx")))
                .isInstanceOf(EndpointException.class)
                .hasMessage("conflicting options: cannot specify both --host and --context");
    }

    @Test
    void evenAnEmptyHostFlagConflictsWithContext() {
        assertThatThrownBy(() -> fx.resolver().resolve(ConnectionOptions.ofHosts("").withContext("flagctx")))
                .hasMessageContaining("conflicting options");
    }

    @Test
    void emptyContextFlagCountsAsNotGiven() throws EndpointException {
        fx.env("DOCKER_HOST", "tcp://env-host:2375");
        EngineEndpoint ep = single(fx.resolver().resolve(ConnectionOptions.ofHosts("tcp://h:1").withContext("")));
        assertThat(ep.host()).isEqualTo(URI.create("tcp://h:1"));
    }

    @Test
    void contextFlagBeatsDockerHostAndTheRest() throws EndpointException {
        everyLowerSource();
        EngineEndpoint ep = single(fx.resolver().resolve(ConnectionOptions.ofContext("flagctx")));
        assertThat(ep.host()).isEqualTo(URI.create("tcp://flag-ctx:2375"));
        assertThat(ep.name()).isEqualTo("flagctx");
        assertThat(ep.source()).isEqualTo("context \"flagctx\" (from --context)");
    }

    @Test
    void dockerHostBeatsDockerContextAndConfig() throws EndpointException {
        everyLowerSource();
        EngineEndpoint ep = single(fx.resolver().resolve(ConnectionOptions.none()));
        assertThat(ep.host()).isEqualTo(URI.create("tcp://env-host:2375"));
        assertThat(ep.name()).isEqualTo("default");
        assertThat(ep.source()).isEqualTo("DOCKER_HOST");
    }

    @Test
    void dockerHostIsNormalised() throws EndpointException {
        fx.env("DOCKER_HOST", "manager-1");
        assertThat(single(fx.resolver().resolve(null)).host()).isEqualTo(URI.create("tcp://manager-1:2375"));
    }

    @Test
    void emptyDockerHostIsIgnored() throws EndpointException {
        fx.env("DOCKER_HOST", "");
        fx.env("DOCKER_CONTEXT", "envctx");
        assertThat(single(fx.resolver().resolve(null)).host()).isEqualTo(URI.create("tcp://env-ctx:2375"));
    }

    @Test
    void dockerContextBeatsConfigFile() throws EndpointException {
        fx.env("DOCKER_CONTEXT", "envctx");
        fx.currentContext("cfgctx");
        EngineEndpoint ep = single(fx.resolver().resolve(ConnectionOptions.none()));
        assertThat(ep.host()).isEqualTo(URI.create("tcp://env-ctx:2375"));
        assertThat(ep.name()).isEqualTo("envctx");
        assertThat(ep.source()).isEqualTo("context \"envctx\" (from DOCKER_CONTEXT)");
    }

    @Test
    void configFileCurrentContextBeatsTheDefault() throws EndpointException {
        fx.currentContext("cfgctx");
        EngineEndpoint ep = single(fx.resolver().resolve(ConnectionOptions.none()));
        assertThat(ep.host()).isEqualTo(URI.create("tcp://cfg-ctx:2375"));
        assertThat(ep.source()).isEqualTo("context \"cfgctx\" (from config.json)");
    }

    @Test
    void nothingConfiguredMeansTheDefaultSocket() throws EndpointException {
        EngineEndpoint ep = single(fx.resolver().resolve(ConnectionOptions.none()));
        assertThat(ep.host()).isEqualTo(URI.create("unix:///var/run/docker.sock"));
        assertThat(ep.name()).isEqualTo("default");
        assertThat(ep.source()).isEqualTo("default socket");
        assertThat(ep.tls()).isEmpty();
    }

    @Test
    void configFileWithoutCurrentContextMeansTheDefault() throws EndpointException {
        DockerConfigFixture.write(tmp.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"\"}");
        assertThat(single(fx.resolver().resolve(null)).host()).isEqualTo(URI.create("unix:///var/run/docker.sock"));
    }

    @Test
    void defaultContextByFlagUsesDockerHost() throws EndpointException {
        fx.env("DOCKER_HOST", "tcp://env-host:2375");
        EngineEndpoint ep = single(fx.resolver().resolve(ConnectionOptions.ofContext("default")));
        assertThat(ep.host()).isEqualTo(URI.create("tcp://env-host:2375"));
        assertThat(ep.name()).isEqualTo("default");
        assertThat(ep.source()).isEqualTo("DOCKER_HOST (context \"default\" from --context)");
    }

    @Test
    void defaultContextFromEnvOrConfigIsTheSocketNotALookup() throws EndpointException {
        // No "default" context exists on disk: it must not be looked up in the store.
        fx.env("DOCKER_CONTEXT", "default");
        EngineEndpoint ep = single(fx.resolver().resolve(null));
        assertThat(ep.host()).isEqualTo(URI.create("unix:///var/run/docker.sock"));
        assertThat(ep.source()).isEqualTo("default socket (context \"default\" from DOCKER_CONTEXT)");

        fx.env.remove("DOCKER_CONTEXT");
        fx.currentContext("default");
        assertThat(single(fx.resolver().resolve(null)).source())
                .isEqualTo("default socket (context \"default\" from config.json)");
    }

    @Test
    void dockerContextIsIgnoredWhenHostFlagGiven() throws EndpointException {
        fx.env("DOCKER_CONTEXT", "missing-context");
        EngineEndpoint ep = single(fx.resolver().resolve(ConnectionOptions.ofHosts("unix:///tmp/d.sock")));
        assertThat(ep.host()).isEqualTo(URI.create("unix:///tmp/d.sock"));
    }

    @Test
    void brokenConfigFileIsNotReadWhenSomethingHigherDecides() throws EndpointException {
        DockerConfigFixture.write(tmp.resolve("config.json"), "{not json");
        fx.env("DOCKER_CONTEXT", "envctx");
        assertThat(single(fx.resolver().resolve(null)).name()).isEqualTo("envctx");
    }

    @Test
    void brokenConfigFileIsReportedWhenItWouldDecide() {
        Path config = DockerConfigFixture.write(tmp.resolve("config.json"), "{\"currentContext\": ");
        assertThatThrownBy(() -> fx.resolver().resolve(null))
                .isInstanceOf(EndpointException.class)
                .hasMessageContaining(config.toString())
                .hasMessageContaining("not valid JSON")
                .hasMessageNotContaining("\n");
    }

    @Test
    void nonStringCurrentContextIsReported() {
        DockerConfigFixture.write(tmp.resolve("config.json"), "{\"currentContext\": 42}");
        assertThatThrownBy(() -> fx.resolver().resolve(null)).hasMessageContaining("\"currentContext\" must be a string");
    }

    @Test
    void publicConstructorAndFromSystemWork() throws EndpointException {
        EndpointResolver r = new EndpointResolver(Map.of("DOCKER_HOST", "tcp://x:1"), tmp);
        assertThat(r.configDir()).isEqualTo(tmp);
        assertThat(r.resolve(null)).extracting(EngineEndpoint::host).containsExactly(URI.create("tcp://x:1"));
        assertThat(EndpointResolver.fromSystem().configDir()).isNotNull();
    }
}
