package dev.swarmdesk.app;

import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.engine.endpoint.ConnectionOptions;
import dev.swarmdesk.engine.endpoint.EndpointException;
import dev.swarmdesk.engine.endpoint.EndpointResolver;
import dev.swarmdesk.ui.shell.ConnectionForm;
import dev.swarmdesk.ui.shell.Connections;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The window's connections: saved ones, docker contexts, and the default; checks run off the FX thread. */
final class AppConnections implements Connections {

    static final String DEFAULT = "default";
    private static final String CONTEXT = "context ";

    private final SavedConnections saved;
    private final LiveConnection live;

    AppConnections(SavedConnections saved, LiveConnection live) {
        this.saved = saved;
        this.live = live;
    }

    @Override
    public List<String> choices() {
        List<String> out = new ArrayList<>(saved.names());
        EndpointResolver.fromSystem().contextNames().forEach(c -> out.add(CONTEXT + c));
        out.add(DEFAULT);
        return out;
    }

    @Override
    public String current() {
        return live.current();
    }

    @Override
    public void switchTo(String choice) {
        live.switchTo(options(choice), choice);
        saved.last(choice);
    }

    /** What a choice means in the docker CLI's flags. */
    ConnectionOptions options(String choice) {
        if (choice.startsWith(CONTEXT)) {
            return ConnectionOptions.ofContext(choice.substring(CONTEXT.length()));
        }
        return saved.get(choice).map(SavedConnections::options).orElse(ConnectionOptions.none());
    }

    /** Whether a remembered choice still exists (a saved connection may have been removed). */
    boolean exists(String choice) {
        return choices().contains(choice);
    }

    @Override
    public CompletableFuture<String> check(ConnectionForm form) {
        return CompletableFuture.supplyAsync(() -> {
            try (ClusterSource s = Wiring.connectors().open(SavedConnections.options(form)).connect()) {
                return "engine " + s.engineVersion() + " at " + s.endpoint() + ", a swarm manager with "
                        + s.listNodes().size() + " nodes";
            } catch (EndpointException e) {
                throw new CompletionException(e);
            }
        });
    }

    @Override
    public void saveAndSwitch(ConnectionForm form) {
        saved.save(form);
        switchTo(form.name());
    }
}
