package org.transferdesk.app;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.cli.DesktopStart;
import org.transferdesk.common.I18n;
import org.transferdesk.settings.UserSettings;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.Theme;

/**
 * The desktop application. The database is opened and migrated off the UI thread while JavaFX starts and the main
 * window shows its shell ({@link StartShell}, issue 20); the window's pages are built once the database is open, and
 * their background loading waits for the first frame; a database that cannot be opened is explained, not shown as a
 * stack trace.
 */
public final class TransferDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(TransferDeskApp.class);

    private static volatile int exitCode;
    private static volatile DesktopStart request;
    private static volatile CompletableFuture<AppContext> opening;
    private static volatile UserSettings startSettings;

    private AppContext context;
    private RuntimeException startupError;
    private Gui gui;

    /** Opens the app as asked and returns once it has closed: 0, or 1 when the database could not be opened. */
    static int launchWith(DesktopStart start) {
        begin(start);
        exitCode = 0;
        Application.launch(TransferDeskApp.class);
        return exitCode;
    }

    /** The user's language, and the database opening while JavaFX starts: each takes a good part of a second. */
    private static void begin(DesktopStart start) {
        request = start;
        startSettings = new UserSettings(start.folder().settingsFile());
        I18n.setLocale(startSettings.language());
        Theme.zoomProperty().set(Theme.nearestZoom(startSettings.zoom()));
        // issue 21: --db, else the shared database chosen in Settings, else the data folder's own
        server = start.server().or(startSettings::sharedDatabase);
        opening = openInBackground(start.folder(), System.getenv("TRANSFERDESK_DB_PASSWORD"),
                org.transferdesk.db.ServerSchemaGuard.OPEN);
    }

    private static volatile Optional<org.transferdesk.db.ServerAddress> server = Optional.empty();

    private static CompletableFuture<AppContext> openInBackground(DataFolder folder, String password,
                                                                  org.transferdesk.db.ServerSchemaGuard guard) {
        CompletableFuture<AppContext> context = new CompletableFuture<>();
        Optional<org.transferdesk.db.ServerAddress> shared = server;
        Thread thread = new Thread(() -> {
            try {
                context.complete(shared.isPresent()
                        ? AppContext.openShared(folder, shared.get(), password, guard, Clock.systemDefaultZone())
                        : AppContext.open(folder, Clock.systemDefaultZone()));
            } catch (RuntimeException e) {
                LOG.error("Cannot open the database {}", shared.map(Object::toString).orElse(folder.root().toString()),
                        e);
                context.completeExceptionally(e);
            }
        }, "td-open-database");
        thread.setDaemon(true);
        thread.start();
        return context;
    }

    /** Checks the file password (a wrong one fails the open with error.filePasswordWrong), then opens as usual. */
    private static CompletableFuture<AppContext> openEncrypted(DataFolder folder, String filePassword) {
        CompletableFuture<AppContext> context = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                org.transferdesk.db.H2Key.unlock(folder.database(), filePassword);
                context.complete(AppContext.open(folder, Clock.systemDefaultZone()));
            } catch (RuntimeException e) {
                LOG.warn("Cannot open the encrypted database in {}", folder.root(), e);
                context.completeExceptionally(e);
            }
        }, "td-open-database");
        thread.setDaemon(true);
        thread.start();
        return context;
    }

    @Override
    public void init() {
        if (request == null) {
            // Started as a plain JavaFX application (a development run), not through Launcher: the default folder.
            DataFolder folder = DataFolder.resolve(null);
            System.setProperty("transferdesk.logdir", folder.logs().toString());
            begin(new DesktopStart(folder, Optional.empty(), false));
        }
    }

    @Override
    public void start(Stage stage) {
        showShell(stage, startSettings);
        FirstFrame.then(stage.getScene(), () -> {
            if (request.startupCheck()) {
                StartupCheck.reportShown();
            }
        });
        whenOpen(opening, this::opened);
    }

    /** Runs {@code then} on the UI thread once the open has ended, with the context or why it failed. */
    static void whenOpen(CompletableFuture<AppContext> opening, BiConsumer<AppContext, RuntimeException> then) {
        // Only a toolkit already gone (the window closed while the database opened) makes the hand-over fail; the
        // JVM ends with it, so that failure has nobody to tell.
        var unused = opening.whenComplete(
                (opened, failure) -> Platform.runLater(() -> then.accept(opened, cause(failure))));
    }

    private static RuntimeException cause(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause == null ? null : cause instanceof RuntimeException r ? r : new CompletionException(cause);
    }

    private void opened(AppContext opened, RuntimeException failure) {
        Stage stage = shellStage;
        if (failure != null && server.isPresent() && !request.startupCheck() && stage.isShowing()) {
            // issue 21: the shared database asks for the user's password, or for a confirmed schema upgrade
            // issue 22: a person's own login, and the refused ones noted for the audit of the next sign-in
            Optional<CompletableFuture<AppContext>> again = SharedDatabaseStart.retry(stage, server.get(), failure,
                    failedLogins(), (as, password, guard) -> {
                        server = Optional.of(as);
                        return openInBackground(request.folder(), password, guard);
                    });
            if (again.isPresent()) {
                opening = again.get();
                whenOpen(opening, this::opened);
                return;
            }
        }
        if (failure != null && server.isEmpty() && !request.startupCheck() && stage.isShowing()
                && EncryptedDatabaseStart.asksPassword(failure)) {
            // issue 22: an encrypted data folder asks for its file password; a wrong one is asked again, cancel quits
            Optional<CompletableFuture<AppContext>> again = EncryptedDatabaseStart.retry(stage,
                    request.folder().root(), failure, password -> openEncrypted(request.folder(), password));
            if (again.isEmpty()) {
                Platform.exit();
                return;
            }
            opening = again.get();
            whenOpen(opening, this::opened);
            return;
        }
        if (failure != null) {
            startupError = failure;
            exitCode = 1;
            if (request.startupCheck()) {
                StartupCheck.reportFailed(ErrorHandler.plainMessage(startupError));
                Platform.exit();
                return;
            }
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorHandler.plainMessage(startupError));
            alert.setTitle(I18n.t("app.title"));
            alert.setHeaderText(I18n.t("error.startup"));
            alert.initOwner(stage);
            Theme.apply(alert.getDialogPane());
            alert.showAndWait();
            Platform.exit();
            return;
        }
        if (!stage.isShowing()) {
            opened.close(); // the window was closed while the database opened: nothing to show it in
            return;
        }
        context = opened;
        rememberLogin(context);
        gui = new Gui(context, stage, path -> getHostServices().showDocument(path.toUri().toString()));
        gui.installErrorHandler();
        gui.holdBackgroundWork();
        showMain(stage, context, gui);
        gui.auditSignIn(failedLogins());
        FirstFrame.then(stage.getScene(), () -> {
            gui.releaseBackgroundWork();
            if (request.startupCheck()) {
                gui.whenBackgroundIdle(StartupCheck::reportFilledAndClose);
            } else {
                // issue 22: the embedded database's user names themselves once, before anything else is asked
                gui.askLocalNameIfNeeded(() -> gui.afterShown(request.backupToRestore()));
            }
        });
    }

    private Stage shellStage;

    private static org.transferdesk.access.FailedLogins failedLogins() {
        return new org.transferdesk.access.FailedLogins(request.folder().root(), Clock.systemDefaultZone());
    }

    /**
     * Issue 22: the login that worked is the one offered next time, when the shared database is the one chosen in
     * the settings (a --db given for this start is not remembered); never the password.
     */
    private static void rememberLogin(AppContext context) {
        Optional<org.transferdesk.db.ServerAddress> saved = context.settings().sharedDatabase();
        Optional<org.transferdesk.db.ServerAddress> used = server;
        if (saved.isEmpty() || used.isEmpty() || request.server().isPresent()) {
            return;
        }
        org.transferdesk.db.ServerAddress s = saved.get();
        org.transferdesk.db.ServerAddress u = used.get();
        if (s.host().equals(u.host()) && s.port() == u.port() && s.database().equals(u.database())
                && !java.util.Objects.equals(s.user(), u.user())) {
            context.settings().setSharedDatabase(u);
            try {
                context.settings().save();
            } catch (RuntimeException e) {
                LOG.warn("Could not remember the login", e);
            }
        }
    }

    /** Issue 20: the window as soon as JavaFX is up, where the user left it; the pages come with the database. */
    void showShell(Stage stage, UserSettings placement) {
        shellStage = stage;
        stage.setScene(new Scene(StartShell.build()));
        stage.setTitle(I18n.t("app.title"));
        stage.getIcons().setAll(AppIcons.all());
        WindowPlacements.restore(stage, placement);
        stage.show();
    }

    /** The shell's window becomes the main window: same stage and scene, its pages now on the open database. */
    static void showMain(Stage stage, AppContext context, Gui gui) {
        stage.getScene().setRoot(gui.buildMain());
        closeAsMainWindow(stage, context, gui);
    }

    /** Shows the main window where the user left it (also used by the UI tests). */
    static void show(Stage stage, AppContext context, Gui gui) {
        Scene scene = new Scene(gui.buildMain());
        stage.setScene(scene);
        stage.setTitle(I18n.t("app.title"));
        stage.getIcons().setAll(AppIcons.all());
        WindowPlacements.restore(stage, context.settings());
        closeAsMainWindow(stage, context, gui);
        stage.show();
    }

    private static void closeAsMainWindow(Stage stage, AppContext context, Gui gui) {
        stage.setOnCloseRequest(e -> {
            if (!gui.confirmExit()) {
                e.consume();
            }
        });
        // However the window goes (close button, File → Exit, Ctrl+Q), its placement is remembered.
        stage.setOnHiding(e -> WindowPlacements.save(stage, context.settings()));
    }

    @Override
    public void stop() {
        if (gui != null) {
            gui.shutdown();
        }
        if (context != null && !context.isClosed() && context.database().isServer()) {
            context.close(); // a shared database's backups and upkeep are its server's (issue 21)
        } else if (context != null && !context.isClosed()) {
            try {
                context.backups().backupIfNoneToday(context.database(), AppInfo.version());
            } catch (RuntimeException e) {
                LOG.warn("Backup on exit failed", e);
            }
            java.time.LocalDate today = java.time.LocalDate.now(context.clock());
            boolean due = compactionDue(context, today);
            context.close();
            if (due) {
                // Issue 20: seconds at 100k results, so a window says so while the FX thread stays free to paint it.
                org.transferdesk.ui.ExitProgress.run(I18n.t("app.exit.compacting"),
                        () -> compactIfLastUser(context.folder(), today));
            }
        }
    }

    private static boolean compactionDue(AppContext context, java.time.LocalDate today) {
        try {
            return org.transferdesk.db.DatabaseCompactor.dueOnExit(context.database(), today);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the last compaction day", e);
            return true;
        }
    }

    /**
     * Issue 20: the file only shrinks when compacted, which needs it to itself; at most once a day (it takes seconds
     * at 100k results), and skipped when a command or another window still has the database open.
     */
    private static void compactIfLastUser(DataFolder folder, java.time.LocalDate today) {
        try {
            // DatabaseCompactor logs the sizes, as it does for the compact command
            org.transferdesk.db.DatabaseCompactor.compactIfUnused(folder.database(), today);
        } catch (RuntimeException e) {
            LOG.warn("Compacting on exit failed", e);
        }
    }

    /** Remembers the main window's size and position in the user's settings. */
    static final class WindowPlacements {
        private WindowPlacements() {
        }

        static void restore(Stage stage, UserSettings settings) {
            settings.window().filter(w -> onSomeScreen(w.x(), w.y(), w.width(), w.height())).ifPresentOrElse(w -> {
                stage.setX(w.x());
                stage.setY(w.y());
                stage.setWidth(w.width());
                stage.setHeight(w.height());
                stage.setMaximized(w.maximized());
            }, () -> {
                stage.setWidth(1280);
                stage.setHeight(800);
            });
        }

        static void save(Stage stage, UserSettings settings) {
            settings.setWindow(new UserSettings.WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
            try {
                settings.save();
            } catch (RuntimeException e) {
                LOG.warn("Could not save window placement", e);
            }
        }

        private static boolean onSomeScreen(double x, double y, double w, double h) {
            return w >= 400 && h >= 300 && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty();
        }
    }
}
