package dev.swarmdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swarmdesk.cluster.ClusterNews;
import dev.swarmdesk.cluster.ClusterNews.ConnectionChanged;
import dev.swarmdesk.cluster.ClusterNews.FailoverCompleted;
import dev.swarmdesk.cluster.ClusterNews.NodeDown;
import dev.swarmdesk.cluster.ClusterNews.NodeUp;
import dev.swarmdesk.cluster.ClusterNews.NodeUpdated;
import dev.swarmdesk.cluster.ClusterNews.ServiceCreated;
import dev.swarmdesk.cluster.ClusterNews.ServiceRemoved;
import dev.swarmdesk.cluster.ClusterNews.ServiceUpdated;
import dev.swarmdesk.cluster.ClusterNews.TaskCreated;
import dev.swarmdesk.cluster.ClusterNews.TaskFailed;
import dev.swarmdesk.cluster.ClusterNews.TaskRemoved;
import dev.swarmdesk.cluster.ClusterNews.TaskRunning;
import dev.swarmdesk.cluster.ClusterNews.TaskStateChanged;
import dev.swarmdesk.domain.FailoverRecord;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import java.time.Instant;

/**
 * The JSON line `watch` prints for each piece of news. Field names are part of the command
 * line's contract: scripts read them. Every line has "time" (when SwarmDesk saw it) and "event".
 */
final class NewsJson {

    private NewsJson() {
    }

    static ObjectNode of(ClusterNews news) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("time", news.seenAt().toString());
        if (news instanceof TaskFailed n) {
            task(o, "task.failed", n.task(), n.serviceName(), n.nodeName());
        } else if (news instanceof TaskRunning n) {
            task(o, "task.running", n.task(), n.serviceName(), n.nodeName());
        } else if (news instanceof TaskCreated n) {
            task(o, "task.created", n.task(), n.serviceName(), n.nodeName());
        } else if (news instanceof TaskStateChanged n) {
            task(o, "task.state", n.task(), n.serviceName(), n.nodeName());
            o.put("previousState", n.before().stateText());
        } else if (news instanceof TaskRemoved n) {
            task(o, "task.removed", n.task(), n.serviceName(), "");
        } else if (news instanceof FailoverCompleted n) {
            failover(o, n.record());
        } else if (news instanceof NodeDown n) {
            node(o, "node.down", n.node());
        } else if (news instanceof NodeUp n) {
            node(o, "node.up", n.node());
        } else if (news instanceof NodeUpdated n) {
            node(o, "node.updated", n.after());
        } else if (news instanceof ServiceCreated n) {
            service(o, "service.created", n.service());
        } else if (news instanceof ServiceUpdated n) {
            service(o, "service.updated", n.after());
        } else if (news instanceof ServiceRemoved n) {
            service(o, "service.removed", n.service());
        } else if (news instanceof ConnectionChanged n) {
            o.put("event", "connection");
            o.put("phase", n.status().phase().name().toLowerCase());
            o.put("endpoint", n.status().endpoint());
            o.put("message", n.status().message());
        }
        return o;
    }

    private static void task(ObjectNode o, String event, SwarmTask t, String service, String node) {
        o.put("event", event);
        o.put("service", service);
        o.put("serviceId", t.serviceId());
        o.put("task", t.id());
        o.put("slot", t.slot());
        o.put("node", node);
        o.put("nodeId", t.nodeId());
        o.put("state", t.stateText());
        o.put("desiredState", t.desiredState());
        o.put("error", t.error());
        if (t.exitCode() == null) {
            o.putNull("exitCode");
        } else {
            o.put("exitCode", t.exitCode());
        }
        o.put("containerId", t.containerId());
        put(o, "createdAt", t.createdAt());
        put(o, "statusAt", t.statusAt());
    }

    private static void failover(ObjectNode o, FailoverRecord r) {
        o.put("event", "failover.completed");
        o.put("service", r.serviceName());
        o.put("serviceId", r.serviceId());
        o.put("slot", r.slotKey().substring(r.slotKey().indexOf('/') + 1));
        o.put("failedTask", r.failedTaskId());
        o.put("failedNodeId", r.failedNodeId());
        o.put("error", r.error());
        o.put("replacementTask", r.replacementTaskId());
        o.put("replacementNodeId", r.replacementNodeId());
        put(o, "failedAt", r.failedAt());
        put(o, "replacementCreatedAt", r.replacementCreatedAt());
        put(o, "replacementRunningAt", r.replacementRunningAt());
        o.put("recoveryMs", r.recoveryTime().toMillis());
    }

    private static void node(ObjectNode o, String event, SwarmNode n) {
        o.put("event", event);
        o.put("node", n.hostname());
        o.put("nodeId", n.id());
        o.put("state", n.state());
        o.put("availability", n.availability());
    }

    private static void service(ObjectNode o, String event, SwarmService s) {
        o.put("event", event);
        o.put("service", s.name());
        o.put("serviceId", s.id());
        o.put("version", s.version());
        o.put("updateState", s.updateStatus().state());
    }

    private static void put(ObjectNode o, String field, Instant t) {
        if (t == null) {
            o.putNull(field);
        } else {
            o.put(field, t.toString());
        }
    }
}
