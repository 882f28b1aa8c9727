package dev.swarmdesk.bench;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.services.ServicesView;
import dev.swarmdesk.ui.shell.MainWindow;
import dev.swarmdesk.ui.shell.View;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One SwarmDesk window over a fresh model, wired in DesktopApp's order: store, news feed, bridge,
 * MainWindow (shell and shown-view listeners), then the app's views ({@code Views.all}, whose
 * arguments may subscribe to the bridge too, as the timeline's history does), with the bench's
 * probes before and after all of the app's listeners. Build it on the FX thread.
 */
final class ScaleBenchStack implements AutoCloseable {

    final ClusterStore store = new ClusterStore();
    final ScaleBenchProbes probes = new ScaleBenchProbes();
    final FxModelBridge bridge;
    final MainWindow window;
    final List<View> views;
    final String viewsFrom;

    ScaleBenchStack() {
        store.subscribe(probes.storeFirst());
        NewsFeed news = new NewsFeed(Clock.systemUTC());
        store.subscribe(news);
        bridge = new FxModelBridge(store, news);
        store.subscribe(probes.storeLast());
        bridge.subscribe(probes.fxFirst());
        window = new MainWindow(bridge);
        String[] from = new String[1];
        List<View> app = appViews(bridge, from);
        views = app != null ? app : List.of(new ServicesView());
        viewsFrom = app != null ? from[0] : "List.of(new ServicesView()) (the app's Views.all could not be called)";
        window.install(views);
        bridge.subscribe(probes.fxLast(window.scene()));
        probes.arm();
    }

    /**
     * The app's views as {@code dev.swarmdesk.app.Views.all(..)} (package-private, so called
     * reflectively) makes them, each argument made as DesktopApp makes it: the bridge itself, else
     * {@code Type.following(bridge)} when the type has that factory, else its no-argument
     * constructor. Null when that fails.
     */
    private static List<View> appViews(FxModelBridge bridge, String[] from) {
        try {
            Method all = Arrays.stream(Class.forName("dev.swarmdesk.app.Views").getDeclaredMethods())
                    .filter(m -> m.getName().equals("all") && Modifier.isStatic(m.getModifiers()))
                    .findFirst().orElseThrow(NoSuchMethodException::new);
            all.setAccessible(true);
            Object[] args = new Object[all.getParameterCount()];
            List<String> made = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                Class<?> type = all.getParameterTypes()[i];
                args[i] = argument(type, bridge, made);
            }
            List<View> out = new ArrayList<>();
            for (Object v : (List<?>) all.invoke(null, args)) {
                out.add((View) v);
            }
            from[0] = "dev.swarmdesk.app.Views.all(" + String.join(", ", made) + ")";
            return out;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object argument(Class<?> type, FxModelBridge bridge, List<String> made)
            throws ReflectiveOperationException {
        if (type.isInstance(bridge)) {
            made.add("bridge");
            return bridge;
        }
        try {
            Object o = type.getMethod("following", FxModelBridge.class).invoke(null, bridge);
            made.add(type.getSimpleName() + ".following(bridge)");
            return o;
        } catch (NoSuchMethodException noFactory) {
            if (type.isInterface()) {
                // actions (e.g. ServiceActions): the benchmark clicks nothing
                made.add("null " + type.getSimpleName());
                return null;
            }
            try {
                Object o = type.getConstructor(dev.swarmdesk.cluster.ClusterConnector.class).newInstance(
                        (dev.swarmdesk.cluster.ClusterConnector) () -> {
                            throw new IllegalStateException("no log streams in the scale benchmark");
                        });
                made.add("new " + type.getSimpleName() + "(a connector that opens nothing)");
                return o;
            } catch (NoSuchMethodException noConnector) {
                made.add("new " + type.getSimpleName() + "()");
                return type.getConstructor().newInstance();
            }
        }
    }

    List<String> viewTitles() {
        return views.stream().map(v -> v.title() + " (" + v.getClass().getSimpleName() + ")")
                .collect(Collectors.toList());
    }

    @Override
    public void close() {
        bridge.close();
    }
}
