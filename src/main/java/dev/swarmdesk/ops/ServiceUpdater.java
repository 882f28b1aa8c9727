package dev.swarmdesk.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;
import dev.swarmdesk.cluster.RawServiceSpec;
import dev.swarmdesk.cluster.ServiceSpecs;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes a service by read-modify-write of its raw spec: the change touches only the fields
 * it names, everything else (including fields SwarmDesk does not know) is written back as read.
 * A concurrent update makes the engine refuse the stale version; the change is then re-applied
 * to a fresh read.
 */
public final class ServiceUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceUpdater.class);
    private static final int ATTEMPTS = 4;

    private final ServiceSpecs specs;

    public ServiceUpdater(ServiceSpecs specs) {
        this.specs = specs;
    }

    /** What an update did. */
    public record Result(String serviceId, String serviceName, long fromVersion, List<String> warnings) { }

    /** Applies {@code change} to the current spec of {@code serviceRef} and writes it. */
    public Result update(String serviceRef, Consumer<ObjectNode> change) {
        ClusterAccessException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            RawServiceSpec current = specs.readSpec(serviceRef);
            ObjectNode spec = current.specCopy();
            change.accept(spec);
            try {
                List<String> warnings = specs.writeSpec(current.id(), current.version(), spec);
                return new Result(current.id(), current.name(), current.version(), warnings);
            } catch (ClusterAccessException e) {
                if (e.kind() != Kind.CONFLICT) {
                    throw e;
                }
                LOG.info("{} changed while updating it (attempt {}): retrying", current.name(), attempt);
                last = e;
            }
        }
        throw last;
    }

    /** `docker service update --force`: restarts every task, changes nothing else. */
    public Result forceUpdate(String serviceRef) {
        return update(serviceRef, spec -> {
            ObjectNode template = spec.with("TaskTemplate");
            template.put("ForceUpdate", template.path("ForceUpdate").asLong(0) + 1);
        });
    }
}
