package dev.swarmdesk.domain;

/**
 * How a service schedules tasks. The kind keeps the engine's key so that job modes,
 * which docker-java does not model, and modes from newer engines are never lost.
 *
 * @param kind "replicated", "global", "replicated-job", "global-job", or the engine's own key
 * @param replicas desired replicas (replicated), max concurrent (replicated-job), else 0
 * @param totalCompletions total completions of a replicated job, else 0
 */
public record ServiceMode(String kind, long replicas, long totalCompletions) {

    public static final String REPLICATED = "replicated";
    public static final String GLOBAL = "global";
    public static final String REPLICATED_JOB = "replicated-job";
    public static final String GLOBAL_JOB = "global-job";

    public boolean isJob() {
        return REPLICATED_JOB.equals(kind) || GLOBAL_JOB.equals(kind);
    }

    public boolean isGlobal() {
        return GLOBAL.equals(kind) || GLOBAL_JOB.equals(kind);
    }

    /** The words `docker service ls` prints in its MODE column. */
    public String displayName() {
        return switch (kind) {
            case REPLICATED_JOB -> "replicated job";
            case GLOBAL_JOB -> "global job";
            default -> kind;
        };
    }
}
