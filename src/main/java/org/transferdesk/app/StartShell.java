package org.transferdesk.app;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.transferdesk.dashboard.ui.DashboardView;
import org.transferdesk.dashboard.ui.DashboardViewModel;
import org.transferdesk.ui.MainWindowView;
import org.transferdesk.ui.MainWindowViewModel;
import org.transferdesk.ui.Module;
import org.transferdesk.ui.Navigator;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.ShellActions;
import org.transferdesk.ui.TaskExecutor;

/**
 * Issue 20's start: the main window as it looks while the database opens — its menu, navigation and status bar from
 * the same FXML, and the home page in its loading state — shown as soon as JavaFX is up, where the window used to wait
 * for the open (about 1.2 s on a quiet machine). Building it also loads the control, skin and CSS classes the real
 * window needs, in time the JavaFX thread would otherwise spend idle. Nothing in it can reach the database: it has none;
 * menus and navigation stay disabled, and the home page's read is dropped, until {@link Gui#buildMain()} replaces it.
 */
final class StartShell {
    /** The navigation's modules in {@link Gui#buildMain()}'s order ({@code StartShellTest} holds them equal). */
    static final List<Module> NAVIGATION = List.of(Module.HOME, Module.DUE, Module.RESULTS, Module.IP, Module.CATALOGUE,
            Module.DEALS, Module.MATCHING, Module.REWARDS, Module.PILOTS, Module.REPORT, Module.COUNTERPARTIES,
            Module.NEEDS, Module.COMPANIES, Module.INSTITUTIONS, Module.EVENTS, Module.PEOPLE, Module.SETTINGS);

    private StartShell() {
    }

    static Parent build() {
        TaskExecutor nothingRuns = inert(TaskExecutor.class);
        Page home = new DashboardView(new DashboardViewModel(null, nothingRuns, ref -> { }, () -> { })).page();
        Map<Module, Supplier<Page>> pages = new LinkedHashMap<>();
        NAVIGATION.forEach(module -> pages.put(module, () -> home));
        MainWindowView view = new MainWindowView(new MainWindowViewModel(null, nothingRuns, inert(Navigator.class)),
                pages, inert(ShellActions.class));
        Parent root = view.build();
        view.show(Module.HOME);
        view.root().getTop().setDisable(true);
        view.root().getLeft().setDisable(true);
        return root;
    }

    /** The shell's menus and search are disabled; should a shortcut still reach one, it does nothing. */
    private static <T> T inert(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> type.getSimpleName() + " of the start shell";
                    default -> null;
                }));
    }
}
