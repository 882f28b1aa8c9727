package dev.swarmdesk.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.ui.fx.ErrorReport;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.fx.Jobs;
import dev.swarmdesk.ui.fx.ModelUpdate;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The main window: a connection bar, a banner while the engine is away, one tab per view
 * (Ctrl+1..n), and a status bar. Only the selected view follows the model; the others catch up
 * from the current snapshot when they are selected again.
 */
public final class MainWindow {

    static final PseudoClass DISCONNECTED = PseudoClass.getPseudoClass("disconnected");
    private static boolean dark;

    private final FxModelBridge bridge;
    private final List<View> views = new java.util.ArrayList<>();
    private final TabPane tabs = new TabPane();
    private final Label banner = new Label();
    private final StatusBar status = new StatusBar();
    private final BorderPane root = new BorderPane();
    private final Scene scene = new Scene(root, 1200, 760);
    private final Consumer<ModelUpdate> shellListener = this::applyToShell;
    private final ConnectionBar connection;
    private View shown;
    private final Consumer<ModelUpdate> viewListener = u -> {
        if (shown != null) {
            shown.apply(u);
        }
    };

    /** A window with its views at once (tests, and anything that needs no fast first frame). */
    public MainWindow(FxModelBridge bridge, List<View> views) {
        this(bridge);
        install(views);
    }

    /**
     * A window with its bars and no views yet: cheap to show, so the first frame comes fast;
     * {@link #install} adds the views after it.
     */
    public MainWindow(FxModelBridge bridge) {
        this.bridge = bridge;
        if (Application.getUserAgentStylesheet() == null) {
            // the stylesheet uses the theme's colour variables: never run without a theme
            applyTheme(false);
        }
        Button theme = new Button(null, new FontIcon(MaterialDesignT.THEME_LIGHT_DARK));
        theme.setId("theme-toggle");
        theme.setTooltip(new Tooltip("Light or dark theme (Ctrl+Shift+L)"));
        theme.setOnAction(e -> toggleTheme());
        connection = new ConnectionBar(theme);
        banner.setId("connection-banner");
        banner.getStyleClass().add("connection-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setVisible(false);
        banner.setManaged(false);
        root.setTop(new VBox(connection.node(), banner));
        Label loading = new Label("Loading…");
        loading.setId("loading");
        root.setCenter(loading);
        root.setBottom(status.node());
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/swarmdesk/ui/swarmdesk.css").toExternalForm());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("views");
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> { if (shown != null) { shown.focusSearch(); } });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::toggleTheme);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> select(now));
        bridge.subscribe(shellListener);
        bridge.subscribe(viewListener);
    }

    /** Adds the views as tabs, in order (Ctrl+1 for the first). */
    public void install(List<View> added) {
        for (View v : added) {
            int i = views.size();
            views.add(v);
            Tab tab = new Tab(v.title(), v.node());
            tab.setGraphic(new FontIcon(v.icon()));
            tab.setId("tab-" + v.title().toLowerCase().replace(' ', '-'));
            tab.setUserData(v);
            tabs.getTabs().add(tab);
            if (i < 9) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                        KeyCombination.SHORTCUT_DOWN), () -> tabs.getSelectionModel().select(i));
            }
        }
        root.setCenter(tabs);
        select(tabs.getSelectionModel().getSelectedItem());
    }

    private void select(Tab tab) {
        shown = tab == null ? null : (View) tab.getUserData();
        if (shown != null) {
            // a view that was hidden catches up from the current snapshot
            shown.apply(new ModelUpdate(List.of(), List.of(), bridge.snapshot()));
        }
    }

    /** Shows the jobs in the status bar and their failures as readable messages. */
    public void follow(Jobs jobs) {
        status.follow(jobs.running());
        jobs.onFailure(f -> ErrorReport.show(scene.getWindow(), f.title(), f.error()));
    }

    /** Lets the user switch between saved connections and contexts, and add one. */
    public void enableConnections(Connections connections) {
        connection.enable(connections);
    }

    public FxModelBridge bridge() {
        return bridge;
    }

    /** The views' titles, in tab order. */
    public List<String> viewTitles() {
        return views.stream().map(View::title).toList();
    }

    /** Selects a view by title (for tests and for links between views). */
    public void show(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void applyToShell(ModelUpdate update) {
        ClusterSnapshot snap = update.snapshot();
        ConnectionStatus c = snap.connection();
        connection.show(c);
        boolean away = c.phase() == ConnectionStatus.Phase.RECONNECTING || c.phase() == ConnectionStatus.Phase.FAILED;
        banner.setText(away ? bannerText(c) : "");
        banner.setVisible(away);
        banner.setManaged(away);
        // greyed but readable: the last picture stays on screen while the engine is away
        tabs.setOpacity(away ? 0.55 : 1.0);
        long running = snap.tasks().values().stream().filter(t -> t.isRunning()).count();
        status.counts(snap.nodes().size(), snap.services().size(), running, snap.tasks().size());
        if (!update.news().isEmpty()) {
            status.latest(NewsWords.describe(update.news().get(update.news().size() - 1)));
        }
    }

    private static String bannerText(ConnectionStatus c) {
        return c.phase() == ConnectionStatus.Phase.FAILED
                ? "Cannot connect: " + c.message() + " — retrying"
                : "Connection lost (" + c.message() + ") — reconnecting; showing the last known state";
    }

    static String describe(ConnectionStatus c) {
        return switch (c.phase()) {
            case IDLE, CONNECTING -> "Connecting…";
            case CONNECTED -> "Connected to " + c.endpoint() + " (engine " + c.engineVersion() + ")";
            case RECONNECTING -> "Reconnecting…";
            case FAILED -> "Not connected";
            case CLOSED -> "Closed";
        };
    }

    /** Applies the AtlantaFX theme (call once before the first window shows). */
    public static void applyTheme(boolean darkTheme) {
        dark = darkTheme;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void toggleTheme() {
        applyTheme(!dark);
    }

    public Scene scene() {
        return scene;
    }
}
