package dev.swarmdesk.ui.services;

import dev.swarmdesk.listing.HealthSummary;
import dev.swarmdesk.listing.ImageNames;
import dev.swarmdesk.listing.ServiceLine;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A services table row, updated in place so selection and scroll survive live changes. */
public final class ServiceRow {

    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper stack = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper mode = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper replicas = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper runningShare = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper image = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper digest = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper ports = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper update = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper health = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper shortOfTasks = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper troubled = new ReadOnlyBooleanWrapper();
    private String searchText = "";

    ServiceRow(String id) {
        this.id = id;
    }

    void show(ServiceLine line, String fullImage, HealthSummary healthSummary) {
        name.set(line.name());
        stack.set(line.stack());
        mode.set(line.mode());
        replicas.set(line.replicas());
        runningShare.set(line.desired() == 0 ? 1.0 : Math.min(1.0, (double) line.running() / line.desired()));
        image.set(line.image());
        digest.set(ImageNames.shortDigest(fullImage));
        ports.set(line.ports());
        update.set(line.updateState().replace('_', ' '));
        health.set(healthSummary.text());
        shortOfTasks.set(line.running() < line.desired());
        troubled.set(healthSummary.troubled());
        searchText = (line.name() + " " + line.stack() + " " + line.image() + " " + line.mode()).toLowerCase();
    }

    public String id() {
        return id;
    }

    /** Whether the row matches a search (lower-case words, all must appear). */
    boolean matches(String query) {
        for (String word : query.toLowerCase().trim().split("\\s+")) {
            if (!word.isEmpty() && !searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stackProperty() {
        return stack.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty replicasProperty() {
        return replicas.getReadOnlyProperty();
    }

    /** Running tasks as a share of desired, 0..1, for the replicas bar. */
    public ReadOnlyDoubleProperty runningShareProperty() {
        return runningShare.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty digestProperty() {
        return digest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty portsProperty() {
        return ports.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty updateProperty() {
        return update.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty healthProperty() {
        return health.getReadOnlyProperty();
    }

    /** Tasks failed recently, even if the service is up right now (a crash loop looks up between crashes). */
    public ReadOnlyBooleanProperty troubledProperty() {
        return troubled.getReadOnlyProperty();
    }

    /** Fewer tasks run than should: the row is marked so a failing service stands out. */
    public ReadOnlyBooleanProperty shortOfTasksProperty() {
        return shortOfTasks.getReadOnlyProperty();
    }
}
