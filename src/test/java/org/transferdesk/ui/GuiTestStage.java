package org.transferdesk.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the GUI tests of a view set up alike: an executor whose background failures fail the test, the view shown
 * themed on the test's stage, and waiting until an editor has loaded.
 */
public final class GuiTestStage {
    private GuiTestStage() {
    }

    /** An executor on the FX thread; a task that fails throws, so the test fails with its cause. */
    public static FxTaskExecutor failingExecutor() {
        return new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        });
    }

    /** Shows {@code root} themed as the app does, at its preferred size. */
    public static void show(Stage stage, Parent root) {
        Theme.apply(root);
        stage.setScene(new Scene(root));
        stage.show();
    }

    /** Shows {@code root} themed as the app does, at the given size. */
    public static void show(Stage stage, Parent root, double width, double height) {
        Theme.apply(root);
        stage.setScene(new Scene(root, width, height));
        stage.show();
    }

    /** Shows an editor's {@code root} as its window does: themed, Shortcut+S runs {@code save}. */
    public static void showEditor(Stage stage, Parent root, Runnable save) {
        Theme.apply(root);
        Scene scene = new Scene(root);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Starts {@code load} on the FX thread and waits (10 s at most) until it has called back and {@code settled} holds
     * (e.g. a tab's own loading is over), then for the FX events that follow.
     */
    public static void loadAndWait(Consumer<Runnable> load, BooleanSupplier settled) throws TimeoutException {
        boolean[] ready = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> load.accept(() -> ready[0] = true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ready[0] && settled.getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
