package dev.swarmdesk.app;

import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.ops.ServiceUpdater;
import dev.swarmdesk.ui.fx.Jobs;
import dev.swarmdesk.ui.services.ServiceActions;

/** Service actions as background jobs on the live connection; the engine's refusals reach the user as they are. */
final class AppServiceActions implements ServiceActions {

    private final Jobs jobs;
    private final LiveConnection live;

    AppServiceActions(Jobs jobs, LiveConnection live) {
        this.jobs = jobs;
        this.live = live;
    }

    @Override
    public void forceUpdate(String serviceId, String serviceName) {
        jobs.run("Restarting the tasks of " + serviceName, () -> {
            try (ClusterSource source = live.openSource()) {
                return new ServiceUpdater(source).forceUpdate(serviceId);
            }
        }, result -> { });
    }
}
