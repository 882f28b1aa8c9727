package dev.swarmdesk.cluster;

import dev.swarmdesk.domain.PublishedPort;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.domain.UpdateStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small builders for domain records, shared by the unit tests (no engine involved). */
public final class UnitModels {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private UnitModels() {
    }

    public static SwarmNode node(String id, String hostname, String state) {
        return new SwarmNode(id, 1, hostname, "worker", "active", state, "10.0.0.1", false, "", "20.10.24", 0, 0,
                Map.of(), T0);
    }

    public static SwarmNode node(String id, String hostname, String state, long version) {
        SwarmNode n = node(id, hostname, state);
        return new SwarmNode(n.id(), version, n.hostname(), n.role(), n.availability(), n.state(), n.address(),
                n.leader(), n.managerReachability(), n.engineVersion(), n.nanoCpus(), n.memoryBytes(), n.labels(),
                n.updatedAt());
    }

    public static SwarmNode manager(String id, String hostname, boolean leader, String reachability) {
        return new SwarmNode(id, 1, hostname, "manager", "active", "ready", "10.0.0.2", leader, reachability,
                "20.10.24", 0, 0, Map.of(), T0);
    }

    public static ServiceBuilder service(String id, String name) {
        return new ServiceBuilder(id, name);
    }

    public static TaskBuilder task(String id, String serviceId) {
        return new TaskBuilder(id, serviceId);
    }

    /** A builder starting from an existing task: the same task in a later state. */
    public static TaskBuilder from(SwarmTask t) {
        TaskBuilder b = new TaskBuilder(t.id(), t.serviceId());
        b.version = t.version();
        b.slot = t.slot();
        b.nodeId = t.nodeId();
        b.desiredState = t.desiredState();
        b.state = t.state();
        b.stateText = t.stateText();
        b.message = t.message();
        b.error = t.error();
        b.exitCode = t.exitCode();
        b.containerId = t.containerId();
        b.image = t.image();
        b.ports = new ArrayList<>(t.ports());
        b.createdAt = t.createdAt();
        b.statusAt = t.statusAt();
        return b;
    }

    public static final class ServiceBuilder {
        private final String id;
        private final String name;
        private long version = 1;
        private ServiceMode mode = new ServiceMode(ServiceMode.REPLICATED, 1, 0);
        private String image = "127.0.0.1:5999/lab/busybox:1";
        private Map<String, String> labels = Map.of();
        private List<PublishedPort> ports = List.of();
        private long maxPerNode;
        private UpdateStatus update = UpdateStatus.NONE;
        private TaskCounts counts = new TaskCounts(1, 1, 0);

        private ServiceBuilder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public ServiceBuilder version(long v) {
            version = v;
            return this;
        }

        public ServiceBuilder mode(ServiceMode m) {
            mode = m;
            return this;
        }

        public ServiceBuilder image(String i) {
            image = i;
            return this;
        }

        public ServiceBuilder labels(Map<String, String> l) {
            labels = l;
            return this;
        }

        public ServiceBuilder ports(PublishedPort... p) {
            ports = List.of(p);
            return this;
        }

        public ServiceBuilder maxPerNode(long m) {
            maxPerNode = m;
            return this;
        }

        public ServiceBuilder update(String state) {
            update = new UpdateStatus(state, "", T0, null);
            return this;
        }

        public ServiceBuilder counts(long running, long desired, long completed) {
            counts = new TaskCounts(running, desired, completed);
            return this;
        }

        public SwarmService build() {
            return new SwarmService(id, version, name, mode, image, labels, ports, maxPerNode, false, update, counts,
                    T0, T0);
        }
    }

    public static final class TaskBuilder {
        private final String id;
        private final String serviceId;
        private long version = 1;
        private long slot;
        private String nodeId = "";
        private String desiredState = "running";
        private TaskState state = TaskState.NEW;
        private String stateText = "new";
        private String message = "";
        private String error = "";
        private Integer exitCode;
        private String containerId = "";
        private String image = "127.0.0.1:5999/lab/busybox:1";
        private List<PublishedPort> ports = new ArrayList<>();
        private Instant createdAt = T0;
        private Instant statusAt = T0;

        private TaskBuilder(String id, String serviceId) {
            this.id = id;
            this.serviceId = serviceId;
        }

        public TaskBuilder version(long v) {
            version = v;
            return this;
        }

        public TaskBuilder slot(long s) {
            slot = s;
            return this;
        }

        public TaskBuilder node(String n) {
            nodeId = n;
            return this;
        }

        public TaskBuilder desired(String d) {
            desiredState = d;
            return this;
        }

        /** Sets the state (and its engine word) and when it was entered; bumps the version. */
        public TaskBuilder state(TaskState s, Instant at) {
            state = s;
            stateText = s.name().toLowerCase(Locale.ROOT);
            statusAt = at;
            version++;
            return this;
        }

        public TaskBuilder stateText(String text) {
            stateText = text;
            return this;
        }

        public TaskBuilder running(Instant at) {
            return state(TaskState.RUNNING, at);
        }

        public TaskBuilder failed(Instant at, String err, Integer exit) {
            error = err;
            exitCode = exit;
            desiredState = "shutdown";
            return state(TaskState.FAILED, at);
        }

        public TaskBuilder error(String e) {
            error = e;
            return this;
        }

        public TaskBuilder exitCode(Integer e) {
            exitCode = e;
            return this;
        }

        public TaskBuilder container(String c) {
            containerId = c;
            return this;
        }

        public TaskBuilder image(String i) {
            image = i;
            return this;
        }

        public TaskBuilder ports(PublishedPort... p) {
            ports = List.of(p);
            return this;
        }

        public TaskBuilder created(Instant at) {
            createdAt = at;
            return this;
        }

        public TaskBuilder statusAt(Instant at) {
            statusAt = at;
            return this;
        }

        public SwarmTask build() {
            return new SwarmTask(id, version, serviceId, slot, nodeId, desiredState, state, stateText, message, error,
                    exitCode, containerId, image, false, ports, createdAt, statusAt);
        }
    }
}
