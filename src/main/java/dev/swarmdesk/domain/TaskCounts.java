package dev.swarmdesk.domain;

/** What the manager counts for a service (`GET /services?status=true`). */
public record TaskCounts(long running, long desired, long completed) {

    public static final TaskCounts NONE = new TaskCounts(0, 0, 0);

    /** True when fewer tasks run than should: the service is healing, starting or broken. */
    public boolean shortOfTasks() {
        return running < desired;
    }
}
