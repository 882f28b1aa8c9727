package dev.swarmdesk.app;

import dev.swarmdesk.engine.endpoint.ConnectionOptions;
import dev.swarmdesk.ui.shell.ConnectionForm;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connections the user saved, and the one used last, kept in the user's Java preferences. */
final class SavedConnections {

    private static final Logger LOG = LoggerFactory.getLogger(SavedConnections.class);
    private static final String LAST = "last";

    private final Preferences root;

    SavedConnections(Preferences root) {
        this.root = root;
    }

    static SavedConnections forUser() {
        return new SavedConnections(Preferences.userRoot().node(System.getProperty("swarmdesk.prefs", "dev/swarmdesk")));
    }

    List<String> names() {
        try {
            String[] names = saved().childrenNames();
            Arrays.sort(names);
            return List.of(names);
        } catch (BackingStoreException e) {
            LOG.warn("cannot read saved connections: {}", e.getMessage());
            return List.of();
        }
    }

    void save(ConnectionForm form) {
        Preferences p = saved().node(form.name());
        p.put("hosts", form.hosts());
        p.put("context", form.context());
        p.putBoolean("tlsVerify", form.tlsVerify());
        p.put("ca", form.caCert());
        p.put("cert", form.cert());
        p.put("key", form.key());
        flush();
    }

    Optional<ConnectionForm> get(String name) {
        try {
            if (!saved().nodeExists(name)) {
                return Optional.empty();
            }
        } catch (BackingStoreException e) {
            return Optional.empty();
        }
        Preferences p = saved().node(name);
        return Optional.of(new ConnectionForm(name, p.get("hosts", ""), p.get("context", ""),
                p.getBoolean("tlsVerify", false), p.get("ca", ""), p.get("cert", ""), p.get("key", "")));
    }

    String last() {
        return root.get(LAST, "");
    }

    void last(String choice) {
        root.put(LAST, choice);
        flush();
    }

    /** The docker CLI's flags for a form. */
    static ConnectionOptions options(ConnectionForm f) {
        List<String> hosts = f.hosts().isBlank() ? List.of()
                : Arrays.stream(f.hosts().split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList();
        return new ConnectionOptions(hosts, f.context().isBlank() ? null : f.context(),
                null, f.tlsVerify() ? Boolean.TRUE : null, path(f.caCert()), path(f.cert()), path(f.key()));
    }

    private static Path path(String s) {
        return s.isBlank() ? null : Path.of(s);
    }

    private Preferences saved() {
        return root.node("connections");
    }

    private void flush() {
        try {
            root.flush();
        } catch (BackingStoreException e) {
            LOG.warn("cannot save preferences: {}", e.getMessage());
        }
    }
}
