package dev.swarmdesk.ui.timeline;

import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One timeline entry. What is known when it happens is final; what the failure text and the
 * outcome (replacement, recovery time) are may still change, in place, as news arrives.
 */
public final class TimelineRow {

    private final String key;
    private final TimelineKind kind;
    private final Instant time;
    private final String serviceId;
    private final String service;
    private final String slotKey;
    private final long slot;
    private final String node;
    private final String summary;
    private final ReadOnlyStringWrapper what;
    private final ReadOnlyObjectWrapper<Integer> exitCode;
    private final ReadOnlyObjectWrapper<Outcome> outcome;

    /**
     * @param key the failed task's id for failures, a unique key for node entries
     * @param summary one line for a notification
     */
    TimelineRow(String key, TimelineKind kind, Instant time, String serviceId, String service, String slotKey,
                long slot, String node, String what, Integer exitCode, String summary, Outcome outcome) {
        this.key = key;
        this.kind = kind;
        this.time = time;
        this.serviceId = serviceId;
        this.service = service;
        this.slotKey = slotKey;
        this.slot = slot;
        this.node = node;
        this.summary = summary;
        this.what = new ReadOnlyStringWrapper(this, "what", what);
        this.exitCode = new ReadOnlyObjectWrapper<>(this, "exitCode", exitCode);
        this.outcome = new ReadOnlyObjectWrapper<>(this, "outcome", outcome);
    }

    public String key() {
        return key;
    }

    public TimelineKind kind() {
        return kind;
    }

    public Instant time() {
        return time;
    }

    public String serviceId() {
        return serviceId;
    }

    public String service() {
        return service;
    }

    String slotKey() {
        return slotKey;
    }

    long slotNumber() {
        return slot;
    }

    /** The replica slot, "global" for a global service's task, "" for node entries. */
    public String slot() {
        if (kind != TimelineKind.FAILURE) {
            return "";
        }
        return slot != 0 ? Long.toString(slot) : "global";
    }

    public String node() {
        return node;
    }

    public String summary() {
        return summary;
    }

    public String what() {
        return what.get();
    }

    public ReadOnlyStringProperty whatProperty() {
        return what.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> exitCodeProperty() {
        return exitCode.getReadOnlyProperty();
    }

    public Outcome outcome() {
        return outcome.get();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    void failedAgain(String text, Integer code) {
        if (!text.isEmpty()) {
            what.set(text);
        }
        if (code != null) {
            exitCode.set(code);
        }
    }

    void complete(Outcome o) {
        outcome.set(o);
    }
}
