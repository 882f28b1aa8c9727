package dev.swarmdesk.ui.logs;

/**
 * An entry of the service or task picker. The task picker starts with {@link #ALL_TASKS}.
 *
 * @param id the service or task id, "" for all tasks
 * @param label what the picker shows
 */
record LogChoice(String id, String label) {

    static final LogChoice ALL_TASKS = new LogChoice("", "All tasks");

    boolean allTasks() {
        return id.isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }
}
