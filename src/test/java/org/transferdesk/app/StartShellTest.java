package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;

/**
 * Issue 20's start: the window shows its shell while the database opens (no database in it), then becomes the main
 * window on the same stage; a failed open reaches the start's error path with the open's own exception.
 */
@ExtendWith(ApplicationExtension.class)
class StartShellTest {
    @TempDir
    static Path dataDir;

    private Stage stage;
    private GuiHarness harness;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(StartShell.build()));
        stage.show();
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.context.close();
        }
    }

    private static List<String> navigation(Parent root) {
        return root.lookupAll(".nav-button").stream().map(Node::getId).toList();
    }

    @Test
    void theShell_isTheMainWindowsNavigationDisabled_andTheHomePageLoading(FxRobot robot) {
        BorderPane shell = (BorderPane) stage.getScene().getRoot();
        harness = new GuiHarness(dataDir);
        AtomicReference<Parent> built = new AtomicReference<>();
        robot.interact(() -> {
            Stage other = new Stage();
            Gui gui = new Gui(harness.context, other);
            gui.holdBackgroundWork(); // only its navigation is compared: nothing of it reads
            TransferDeskApp.show(other, harness.context, gui);
            built.set(other.getScene().getRoot());
            other.hide();
        });

        assertThat(navigation(shell)).isEqualTo(navigation(built.get())).hasSize(StartShell.NAVIGATION.size())
                .startsWith("nav-HOME", "nav-DUE");
        assertThat(shell.getLeft().isDisabled()).isTrue();
        assertThat(shell.getTop().isDisabled()).isTrue();
        assertThat(((TextField) shell.lookup("#globalSearch")).isDisabled()).isTrue();
        // the home page in its loading state: its spinner, the status bar's "loading"
        assertThat(shell.lookup("#nav-HOME").getStyleClass()).contains("nav-button");
        assertThat(shell.lookupAll(".progress-indicator").stream().map(ProgressIndicator.class::cast)
                .anyMatch(Node::isVisible)).isTrue();
        assertThat(((StatusBar) shell.getBottom()).getText()).isEqualTo(I18n.t("common.loading"));
    }

    @Test
    void theShellsWindow_becomesTheMainWindow_onTheSameStage(FxRobot robot) {
        harness = new GuiHarness(dataDir);
        Scene shellScene = stage.getScene();
        robot.interact(() -> {
            harness.gui = new Gui(harness.context, stage);
            harness.gui.holdBackgroundWork();
            TransferDeskApp.showMain(stage, harness.context, harness.gui);
        });

        assertThat(stage.getScene()).isSameAs(shellScene);
        BorderPane main = (BorderPane) stage.getScene().getRoot();
        assertThat(main.getLeft().isDisabled()).isFalse();
        assertThat(main.getTop().isDisabled()).isFalse();
        assertThat(stage.getOnCloseRequest()).isNotNull();
        assertThat(stage.getOnHiding()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"plain, error.databaseInUse", "wrapped, error.databaseInUse", "checked, "})
    void aFailedOpen_reachesTheStart_withTheOpensOwnException(String how, String key) throws Exception {
        UserFacingException inUse = new UserFacingException("error.databaseInUse", new Object[0], null);
        CompletableFuture<AppContext> opening = new CompletableFuture<>();
        CompletableFuture<RuntimeException> seen = new CompletableFuture<>();
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
        TransferDeskApp.whenOpen(opening, (context, failure) -> {
            onFxThread.complete(javafx.application.Platform.isFxApplicationThread() && context == null);
            seen.complete(failure);
        });
        switch (how) {
            case "plain" -> opening.completeExceptionally(inUse);
            case "wrapped" -> opening.completeExceptionally(new CompletionException(inUse));
            default -> opening.completeExceptionally(new java.io.IOException("disk"));
        }

        RuntimeException failure = seen.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(onFxThread.get()).isTrue();
        if (key != null) {
            assertThat(failure).isSameAs(inUse);
        } else {
            assertThat(failure).isInstanceOf(CompletionException.class).hasCauseInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void anOpenedDatabase_reachesTheStart_onTheUiThread() throws Exception {
        harness = new GuiHarness(dataDir);
        CompletableFuture<AppContext> opening = new CompletableFuture<>();
        CompletableFuture<Boolean> seen = new CompletableFuture<>();
        TransferDeskApp.whenOpen(opening, (context, failure) -> seen.complete(
                javafx.application.Platform.isFxApplicationThread() && context == harness.context && failure == null));

        assertThat(seen).isNotDone();
        opening.complete(harness.context);
        assertThat(seen.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
}
