package dev.swarmdesk.ui.shell;

import dev.swarmdesk.cluster.ClusterNews;
import dev.swarmdesk.cluster.ClusterNews.ConnectionChanged;
import dev.swarmdesk.cluster.ClusterNews.FailoverCompleted;
import dev.swarmdesk.cluster.ClusterNews.NodeDown;
import dev.swarmdesk.cluster.ClusterNews.NodeUp;
import dev.swarmdesk.cluster.ClusterNews.ServiceCreated;
import dev.swarmdesk.cluster.ClusterNews.ServiceRemoved;
import dev.swarmdesk.cluster.ClusterNews.ServiceUpdated;
import dev.swarmdesk.cluster.ClusterNews.TaskFailed;
import dev.swarmdesk.cluster.ClusterNews.TaskRunning;

/** One short sentence per piece of news, for the status bar and notifications. */
public final class NewsWords {

    private NewsWords() {
    }

    public static String describe(ClusterNews n) {
        if (n instanceof TaskFailed f) {
            return f.serviceName() + "." + slot(f.task().slot(), f.task().nodeId()) + " failed on " + f.nodeName()
                    + (f.task().error().isEmpty() ? "" : ": " + f.task().error());
        } else if (n instanceof TaskRunning r) {
            return r.serviceName() + "." + slot(r.task().slot(), r.task().nodeId()) + " running on " + r.nodeName();
        } else if (n instanceof FailoverCompleted f) {
            return f.record().serviceName() + " recovered in " + f.record().recoveryTime().toMillis() + " ms";
        } else if (n instanceof NodeDown d) {
            return "node " + d.node().hostname() + " is down";
        } else if (n instanceof NodeUp u) {
            return "node " + u.node().hostname() + " is up";
        } else if (n instanceof ServiceCreated c) {
            return "service " + c.service().name() + " created";
        } else if (n instanceof ServiceUpdated u) {
            return "service " + u.after().name() + " updated";
        } else if (n instanceof ServiceRemoved r) {
            return "service " + r.service().name() + " removed";
        } else if (n instanceof ConnectionChanged c) {
            return MainWindow.describe(c.status());
        }
        return "";
    }

    private static String slot(long slot, String nodeId) {
        return slot != 0 ? Long.toString(slot) : nodeId.substring(0, Math.min(12, nodeId.length()));
    }
}
