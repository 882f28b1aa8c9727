package dev.swarmdesk.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.cluster.EngineSignal;
import dev.swarmdesk.cluster.RawServiceSpec;
import dev.swarmdesk.domain.PublishedPort;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.UpdateStatus;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The {@link ClusterSource} port over an in-memory {@link FakeEngineCluster}: no engine, no
 * network, no JSON. Every listing returns new objects with new strings, as decoding the engine's
 * JSON would, so the store's diff and the heap see what they see with a real engine (the decoding
 * cost itself is not modelled). Records when the first full task listing was handed over.
 */
final class FakeEngineClusterSource implements ClusterSource {

    private final FakeEngineCluster cluster;
    private volatile long firstFullListingDoneNanos;
    private volatile long firstFullListingDoneCpuNanos;
    private final AtomicLong fullListings = new AtomicLong();
    private final AtomicLong partialListings = new AtomicLong();
    private final AtomicLong tasksListed = new AtomicLong();

    FakeEngineClusterSource(FakeEngineCluster cluster) {
        this.cluster = cluster;
    }

    /** System.nanoTime() when the first listTasks(all) returned, or 0. */
    long firstFullListingDoneNanos() {
        return firstFullListingDoneNanos;
    }

    /** The calling thread's CPU time (ThreadMXBean) at that moment: the sync thread's, which lists. */
    long firstFullListingDoneCpuNanos() {
        return firstFullListingDoneCpuNanos;
    }

    long fullListings() {
        return fullListings.get();
    }

    long partialListings() {
        return partialListings.get();
    }

    long tasksListed() {
        return tasksListed.get();
    }

    @Override
    public String endpoint() {
        return "fake://scale-bench";
    }

    @Override
    public String engineVersion() {
        return "24.0.7 (fake engine)";
    }

    @Override
    public String localNodeId() {
        return cluster.localNodeId();
    }

    @Override
    public List<SwarmNode> listNodes() {
        return cluster.nodes().stream().map(FakeEngineClusterSource::fresh).toList();
    }

    @Override
    public List<SwarmService> listServices() {
        return cluster.services().stream().map(FakeEngineClusterSource::fresh).toList();
    }

    @Override
    public List<SwarmTask> listTasks(Collection<String> serviceIds) {
        List<SwarmTask> out = cluster.tasks(serviceIds).stream().map(FakeEngineClusterSource::fresh).toList();
        (serviceIds.isEmpty() ? fullListings : partialListings).incrementAndGet();
        tasksListed.addAndGet(out.size());
        if (serviceIds.isEmpty() && firstFullListingDoneNanos == 0) {
            firstFullListingDoneCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            firstFullListingDoneNanos = System.nanoTime();
        }
        return out;
    }

    @Override
    public AutoCloseable streamEvents(Consumer<EngineSignal> onSignal, Consumer<Throwable> onEnd) {
        return cluster.onSignal(onSignal);
    }

    @Override
    public RawServiceSpec readSpec(String ref) {
        throw new ClusterAccessException(ClusterAccessException.Kind.REFUSED, "the fake engine keeps no specs");
    }

    @Override
    public List<String> writeSpec(String serviceId, long version, ObjectNode spec) {
        throw new ClusterAccessException(ClusterAccessException.Kind.REFUSED, "the fake engine keeps no specs");
    }

    @Override
    public void close() {
        // nothing to release
    }

    private static String s(String v) {
        return v == null ? null : new String(v);
    }

    private static Instant i(Instant v) {
        return v == null ? null : Instant.ofEpochSecond(v.getEpochSecond(), v.getNano());
    }

    private static Map<String, String> labels(Map<String, String> m) {
        Map<String, String> out = new HashMap<>();
        m.forEach((k, v) -> out.put(s(k), s(v)));
        return out;
    }

    private static List<PublishedPort> ports(List<PublishedPort> ports) {
        return ports.stream().map(p -> new PublishedPort(s(p.protocol()), p.targetPort(), p.publishedPort(),
                s(p.publishMode()))).toList();
    }

    static SwarmNode fresh(SwarmNode n) {
        return new SwarmNode(s(n.id()), n.version(), s(n.hostname()), s(n.role()), s(n.availability()), s(n.state()),
                s(n.address()), n.leader(), s(n.managerReachability()), s(n.engineVersion()), n.nanoCpus(),
                n.memoryBytes(), labels(n.labels()), i(n.updatedAt()));
    }

    static SwarmService fresh(SwarmService v) {
        UpdateStatus u = v.updateStatus();
        return new SwarmService(s(v.id()), v.version(), s(v.name()),
                new ServiceMode(s(v.mode().kind()), v.mode().replicas(), v.mode().totalCompletions()), s(v.image()),
                labels(v.labels()), ports(v.ports()), v.maxReplicasPerNode(), v.hasHealthcheck(),
                u == UpdateStatus.NONE ? UpdateStatus.NONE
                        : new UpdateStatus(s(u.state()), s(u.message()), i(u.startedAt()), i(u.completedAt())),
                new TaskCounts(v.counts().running(), v.counts().desired(), v.counts().completed()),
                i(v.createdAt()), i(v.updatedAt()));
    }

    static SwarmTask fresh(SwarmTask t) {
        return new SwarmTask(s(t.id()), t.version(), s(t.serviceId()), t.slot(), s(t.nodeId()), s(t.desiredState()),
                t.state(), s(t.stateText()), s(t.message()), s(t.error()), t.exitCode(), s(t.containerId()),
                s(t.image()), t.hasHealthcheck(), ports(t.ports()), i(t.createdAt()), i(t.statusAt()));
    }
}
