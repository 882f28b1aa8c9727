package dev.swarmdesk.engine.endpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * TLS settings for addresses given by {@code --host}, {@code DOCKER_HOST} or the default, worked out
 * as the docker CLI's {@code cli/flags} does it.
 *
 * <ul>
 *   <li>{@code --tls} defaults to "{@code DOCKER_TLS} is non-empty"; {@code --tlsverify} defaults to
 *       "{@code DOCKER_TLS_VERIFY} is non-empty" (so even {@code DOCKER_TLS_VERIFY=0} means verify, as in
 *       the CLI).</li>
 *   <li>Giving {@code --tlsverify} at all, or verification being on, turns TLS on.</li>
 *   <li>Files default to {@code ca.pem}, {@code cert.pem}, {@code key.pem} in {@code DOCKER_CERT_PATH},
 *       or in the Docker config directory when that is unset.</li>
 *   <li>The CA file is always required once TLS is on (the CLI reads it unconditionally); a default
 *       {@code cert.pem} / {@code key.pem} that does not exist is simply left out, but one named by a
 *       flag must exist.</li>
 * </ul>
 *
 * Split in two steps so the "is TLS on" answer (which changes the default address) is available before
 * any file is touched, just as the CLI parses the host before reading the certificates.
 */
final class FlagTls {

    static final String CA_FILE = "ca.pem";
    static final String CERT_FILE = "cert.pem";
    static final String KEY_FILE = "key.pem";

    private final boolean enabled;
    private final boolean verify;
    private final String reason;
    private final Path certDir;
    private final String certDirName;
    private final ConnectionOptions opts;

    private FlagTls(boolean enabled, boolean verify, String reason, Path certDir, String certDirName,
                    ConnectionOptions opts) {
        this.enabled = enabled;
        this.verify = verify;
        this.reason = reason;
        this.certDir = certDir;
        this.certDirName = certDirName;
        this.opts = opts;
    }

    static FlagTls from(Map<String, String> env, Path configDir, ConnectionOptions opts) {
        boolean envVerify = nonEmpty(env.get("DOCKER_TLS_VERIFY"));
        boolean envTls = nonEmpty(env.get("DOCKER_TLS"));
        boolean verify = opts.tlsVerify() != null ? opts.tlsVerify() : envVerify;
        boolean tls = opts.tls() != null ? opts.tls() : envTls;
        // The CLI: "regardless of whether the user sets it to true or false, if they specify --tlsverify
        // at all then we need to turn on TLS".
        if (opts.tlsVerify() != null || verify) {
            tls = true;
        }

        String reason;
        if (opts.tlsVerify() != null) {
            reason = "--tlsverify";
        } else if (verify) {
            reason = "DOCKER_TLS_VERIFY";
        } else if (Boolean.TRUE.equals(opts.tls())) {
            reason = "--tls";
        } else {
            reason = "DOCKER_TLS";
        }

        String certPath = env.get("DOCKER_CERT_PATH");
        boolean fromEnv = nonEmpty(certPath);
        Path dir = fromEnv ? Path.of(certPath) : configDir;
        String dirName = fromEnv ? "DOCKER_CERT_PATH" : "the Docker config directory";
        return new FlagTls(tls, verify, reason, dir, dirName, opts);
    }

    boolean enabled() {
        return enabled;
    }

    /** Reads nothing, but checks every file that will be used; empty when TLS is off. */
    Optional<TlsMaterial> load() throws EndpointException {
        if (!enabled) {
            return Optional.empty();
        }
        Path ca = required(opts.tlsCaCert(), "--tlscacert", CA_FILE, "CA certificate");
        Path cert = optional(opts.tlsCert(), "--tlscert", CERT_FILE);
        Path key = optional(opts.tlsKey(), "--tlskey", KEY_FILE);
        return Optional.of(new TlsMaterial(ca, cert, key, verify));
    }

    private Path required(Path flag, String flagName, String defaultName, String what) throws EndpointException {
        if (flag != null) {
            return checkReadable(flag, flagName);
        }
        Path file = certDir.resolve(defaultName);
        if (!Files.exists(file)) {
            throw new EndpointException("TLS is on (" + reason + ") but the " + what + " " + file
                    + " does not exist; put " + CA_FILE + ", " + CERT_FILE + " and " + KEY_FILE
                    + " there, or point DOCKER_CERT_PATH or " + flagName + " at them");
        }
        return checkReadable(file, defaultName + " in " + certDirName);
    }

    private Path optional(Path flag, String flagName, String defaultName) throws EndpointException {
        if (flag != null) {
            return checkReadable(flag, flagName);
        }
        Path file = certDir.resolve(defaultName);
        // The CLI quietly forgets the default client cert/key when they do not exist.
        return Files.exists(file) ? checkReadable(file, defaultName + " in " + certDirName) : null;
    }

    private static Path checkReadable(Path file, String origin) throws EndpointException {
        if (!Files.exists(file)) {
            throw new EndpointException("TLS file " + file + " (from " + origin + ") does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new EndpointException("TLS file " + file + " (from " + origin + ") is not a readable file");
        }
        return file;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
