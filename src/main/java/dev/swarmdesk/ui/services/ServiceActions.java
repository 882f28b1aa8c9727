package dev.swarmdesk.ui.services;

/** What the services view can ask of the cluster; the app runs each as a background job. */
public interface ServiceActions {

    /** Restarts every task of the service (`docker service update --force`). */
    void forceUpdate(String serviceId, String serviceName);
}
