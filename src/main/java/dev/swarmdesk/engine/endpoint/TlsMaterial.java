package dev.swarmdesk.engine.endpoint;

import java.nio.file.Path;

/**
 * The TLS files to use for one engine endpoint.
 *
 * <p>{@code verify=false} means "encrypt, but do not check the server's certificate": that is what the
 * docker CLI does for {@code --tls} / {@code DOCKER_TLS} without {@code --tlsverify} /
 * {@code DOCKER_TLS_VERIFY}, and for a context whose docker endpoint has {@code SkipTLSVerify}.
 *
 * <p>Any of the three paths may be {@code null}, meaning "not given": a context may carry only a
 * {@code ca.pem}, and the CLI silently drops {@code cert.pem} / {@code key.pem} when the default files
 * are absent. A {@code null} CA means "trust the system roots"; a client certificate is only presented
 * when both {@code clientCert} and {@code clientKey} are present. Every non-null path existed and was a
 * readable file when the endpoint was resolved.
 *
 * @param caCert     CA bundle to trust, or {@code null} for the system trust store
 * @param clientCert client certificate (PEM), or {@code null}
 * @param clientKey  client private key (PEM), or {@code null}
 * @param verify     whether the server certificate must be verified
 */
public record TlsMaterial(Path caCert, Path clientCert, Path clientKey, boolean verify) {

    /** @return true when both halves of a client certificate are present */
    public boolean hasClientCertificate() {
        return clientCert != null && clientKey != null;
    }
}
