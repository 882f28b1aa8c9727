package dev.swarmdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.cluster.EngineSignal;
import dev.swarmdesk.cluster.RawServiceSpec;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** An in-memory cluster for the command line tests: no engine, no network. */
final class FakeClusterSource implements ClusterSource {

    final List<SwarmNode> nodes = new ArrayList<>();
    final List<SwarmService> services = new ArrayList<>();
    final List<SwarmTask> tasks = new ArrayList<>();
    final List<List<String>> taskQueries = new ArrayList<>();
    String localNodeId = "";
    boolean closed;

    @Override
    public String endpoint() {
        return "fake://cluster";
    }

    @Override
    public String engineVersion() {
        return "fake";
    }

    @Override
    public String localNodeId() {
        return localNodeId;
    }

    @Override
    public List<SwarmNode> listNodes() {
        return List.copyOf(nodes);
    }

    @Override
    public List<SwarmService> listServices() {
        return List.copyOf(services);
    }

    @Override
    public List<SwarmTask> listTasks(Collection<String> serviceIds) {
        taskQueries.add(List.copyOf(serviceIds));
        return tasks.stream().filter(t -> serviceIds.isEmpty() || serviceIds.contains(t.serviceId())).toList();
    }

    @Override
    public AutoCloseable streamEvents(Consumer<EngineSignal> onSignal, Consumer<Throwable> onEnd) {
        throw new UnsupportedOperationException("no events in this fake");
    }

    @Override
    public RawServiceSpec readSpec(String ref) {
        throw new UnsupportedOperationException("no specs in this fake");
    }

    @Override
    public List<String> writeSpec(String serviceId, long version, ObjectNode spec) {
        throw new UnsupportedOperationException("no specs in this fake");
    }

    @Override
    public void close() {
        closed = true;
    }
}
