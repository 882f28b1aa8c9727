package dev.swarmdesk.engine.endpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What the user gave on the command line, mirroring the docker CLI's global connection flags.
 *
 * <p>{@code null} means "not given" for every component: an unset {@code Boolean} lets the
 * environment ({@code DOCKER_TLS}, {@code DOCKER_TLS_VERIFY}) decide, an unset path falls back to
 * {@code DOCKER_CERT_PATH}. {@code hosts} may hold several entries ({@code -H a -H b}) and each entry may
 * itself be comma-separated; they are taken as several managers of one cluster, tried in order.
 *
 * @param hosts     {@code --host / -H} values, never null (an absent list becomes empty)
 * @param context   {@code --context / -c}; {@code null} or empty = not given
 * @param tls       {@code --tls}
 * @param tlsVerify {@code --tlsverify}; giving it at all (even {@code false}) turns TLS on, as in the CLI
 * @param tlsCaCert {@code --tlscacert}
 * @param tlsCert   {@code --tlscert}
 * @param tlsKey    {@code --tlskey}
 */
public record ConnectionOptions(List<String> hosts, String context, Boolean tls, Boolean tlsVerify,
                                Path tlsCaCert, Path tlsCert, Path tlsKey) {

    public ConnectionOptions {
        // Copy defensively, but keep null entries out without throwing: treat them as blank values.
        List<String> copy = new ArrayList<>();
        if (hosts != null) {
            for (String h : hosts) {
                copy.add(h == null ? "" : h);
            }
        }
        hosts = Collections.unmodifiableList(copy);
    }

    /** @return options with nothing given: everything comes from the environment and config files */
    public static ConnectionOptions none() {
        return new ConnectionOptions(List.of(), null, null, null, null, null, null);
    }

    /** @return options with only {@code --host} values given */
    public static ConnectionOptions ofHosts(String... hosts) {
        return none().withHosts(hosts);
    }

    /** @return options with only {@code --context} given */
    public static ConnectionOptions ofContext(String context) {
        return none().withContext(context);
    }

    public ConnectionOptions withHosts(String... newHosts) {
        return new ConnectionOptions(Arrays.asList(newHosts), context, tls, tlsVerify, tlsCaCert, tlsCert, tlsKey);
    }

    public ConnectionOptions withContext(String newContext) {
        return new ConnectionOptions(hosts, newContext, tls, tlsVerify, tlsCaCert, tlsCert, tlsKey);
    }

    public ConnectionOptions withTls(Boolean newTls) {
        return new ConnectionOptions(hosts, context, newTls, tlsVerify, tlsCaCert, tlsCert, tlsKey);
    }

    public ConnectionOptions withTlsVerify(Boolean newTlsVerify) {
        return new ConnectionOptions(hosts, context, tls, newTlsVerify, tlsCaCert, tlsCert, tlsKey);
    }

    public ConnectionOptions withTlsFiles(Path caCert, Path cert, Path key) {
        return new ConnectionOptions(hosts, context, tls, tlsVerify, caCert, cert, key);
    }

    /** @return true when {@code --context} was given with a non-empty name (the CLI ignores an empty one) */
    boolean hasContext() {
        return context != null && !context.isEmpty();
    }
}
