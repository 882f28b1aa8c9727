package dev.swarmdesk.app;

import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.lab.LabSwarm;
import dev.swarmdesk.lab.LiveModel;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.fx.Jobs;
import dev.swarmdesk.ui.shell.MainWindow;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes a PNG of every view of the real window, on the lab swarm with its demo services
 * (packaging/lab/demo-services.sh): the window connects, the tour selects the service that
 * fails its health check, then visits each tab. See README "The window".
 */
public final class ScreenshotTour extends Application {

    private static Path out = Path.of("target", "screenshots");

    public static void main(String[] args) {
        if (args.length > 0) {
            out = Path.of(args[0]);
        }
        Application.launch(ScreenshotTour.class, args);
    }

    @Override
    public void start(Stage stage) {
        NewsFeed news = new NewsFeed(Clock.systemUTC());
        CompletableFuture.supplyAsync(() -> new LiveModel(LabSwarm.get().connector())).thenAccept(model ->
                Platform.runLater(() -> show(stage, model, news)));
    }

    private void show(Stage stage, LiveModel model, NewsFeed news) {
        model.store.subscribe(news);
        MainWindow.applyTheme(false);
        MainWindow window = new MainWindow(new FxModelBridge(model.store, news));
        dev.swarmdesk.ui.logs.LogsView logs = new dev.swarmdesk.ui.logs.LogsView(() -> LabSwarm.get().connector().connect());
        window.install(Views.all(window.bridge(), dev.swarmdesk.ui.timeline.TimelineHistory.following(window.bridge()),
                null, logs));
        window.follow(new Jobs(1));
        stage.setScene(window.scene());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        Thread tour = new Thread(() -> tour(window, stage), "screenshot-tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void tour(MainWindow window, Stage stage) {
        try {
            Files.createDirectories(out);
            pause(Duration.ofSeconds(3));
            for (String title : window.viewTitles()) {
                onFx(() -> window.show(title));
                pause(Duration.ofSeconds(2));
                if (title.equals("Logs")) {
                    onFx(() -> pick(stage.getScene().lookup("#logs-service"), "demo-crashloop"));
                    pause(Duration.ofSeconds(4));
                }
                if (title.equals("Services")) {
                    onFx(() -> selectRow(stage.getScene().lookup("#services-table"), "demo-unhealthy"));
                    pause(Duration.ofSeconds(2));
                }
                Path file = out.resolve(title.toLowerCase().replace(' ', '-') + ".png");
                onFx(() -> save(stage.getScene().snapshot(null), file));
                System.out.println("screenshot: " + file);
            }
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
            System.exit(0);
        }
    }

    /** Picks the item whose text names {@code name} in a combo box of the view. */
    private static void pick(Node combo, String name) {
        if (combo instanceof javafx.scene.control.ComboBox<?> box) {
            for (int i = 0; i < box.getItems().size(); i++) {
                if (String.valueOf(box.getItems().get(i)).contains(name)) {
                    box.getSelectionModel().select(i);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void selectRow(Node table, String name) {
        if (table instanceof TableView<?> t) {
            TableView<Object> rows = (TableView<Object>) t;
            for (Object row : rows.getItems()) {
                if (row instanceof dev.swarmdesk.ui.services.ServiceRow r && r.nameProperty().get().equals(name)) {
                    rows.getSelectionModel().select(row);
                }
            }
        }
    }

    private static void save(WritableImage image, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file.toString()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
    }

    private static void pause(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    /** A plain main class: with JavaFX on the class path the Application class cannot be the main class. */
    public static final class Main {
        public static void main(String[] args) {
            ScreenshotTour.main(args);
        }
    }

}
