package org.transferdesk.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorSession;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.FxDialogService;
import org.transferdesk.ui.Theme;

/**
 * Editor windows owned by the main window: one per record (opening it again brings it to the
 * front); closing asks before unsaved changes are lost.
 */
final class EditorWindows {
    /** What an editor gives its window: its node, dirty check, save command, title and what to release on close. */
    record Editor(Parent root, BooleanSupplier dirty, Consumer<Consumer<Boolean>> save,
                  javafx.beans.value.ObservableValue<String> title, Runnable closed) {
        Editor(Parent root, BooleanSupplier dirty, Consumer<Consumer<Boolean>> save,
               javafx.beans.value.ObservableValue<String> title) {
            this(root, dirty, save, title, () -> { });
        }

        /** An editor on an {@link EditorSession}: the session answers for dirty, save, title and lifecycle. */
        static Editor of(Parent root, EditorSession<?> session) {
            return new Editor(root, session::isDirty, session::save, session.windowTitleProperty(), session::close);
        }
    }

    private final Window owner;
    private final FxDialogService ownerDialogs;
    private final Function<String, Optional<String>> readOnly;
    private final Map<String, Stage> open = new HashMap<>();
    private final Map<String, Runnable> releases = new HashMap<>();

    EditorWindows(Window owner) {
        this(owner, new FxDialogService(() -> owner), key -> Optional.empty());
    }

    /**
     * {@code readOnly} tells, by a window's key, why the signed-in role may not save in it (issue 22: the words
     * naming the roles that may); such a window opens read-only, and its close never asks to save.
     */
    EditorWindows(Window owner, FxDialogService ownerDialogs, Function<String, Optional<String>> readOnly) {
        this.owner = owner;
        this.ownerDialogs = ownerDialogs;
        this.readOnly = readOnly;
    }

    /** Opens (or focuses) the editor for {@code key}; {@code factory} builds it given its dialogs and close action. */
    void open(String key, Function<Context, Editor> factory) {
        Stage existing = open.get(key);
        if (existing != null) {
            existing.toFront();
            existing.requestFocus();
            return;
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        DialogService dialogs = ownerDialogs.ownedBy(() -> stage);
        Editor[] editor = new Editor[1];
        Runnable close = () -> requestClose(stage, editor[0], dialogs, key);
        editor[0] = factory.apply(new Context(dialogs, close));
        Optional<String> refusal = readOnly.apply(key);
        if (refusal.isPresent()) {
            EditorWindowView.readOnly(editor[0].root(), refusal.get());
            Editor built = editor[0];
            editor[0] = new Editor(built.root(), () -> false, after -> after.accept(false), built.title(),
                    built.closed());
        }
        Theme.apply(editor[0].root());
        Scene scene = new Scene(editor[0].root());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> editor[0].save().accept(ok -> { }));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), close);
        stage.setScene(scene);
        stage.titleProperty().bind(markedWhenDirty(scene, editor[0]));
        stage.setOnCloseRequest(e -> {
            e.consume();
            close.run();
        });
        open.put(key, stage);
        releases.put(key, editor[0].closed());
        stage.show();
        fitOnScreen(stage);
    }

    /**
     * The window's title with a leading * while it holds unsaved changes. Whether it does is asked again after each
     * key, click or action in the window (the editors compare their fields with what is stored, which is cheap) and
     * whenever the title changes (a save or load names the record anew).
     */
    private static javafx.beans.binding.StringExpression markedWhenDirty(Scene scene, Editor editor) {
        javafx.beans.property.BooleanProperty dirty = new javafx.beans.property.SimpleBooleanProperty();
        Runnable check = () -> dirty.set(editor.dirty().getAsBoolean());
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> check.run());
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> check.run());
        scene.addEventFilter(javafx.event.ActionEvent.ACTION, e -> javafx.application.Platform.runLater(check));
        editor.title().addListener((o, was, now) -> check.run());
        return javafx.beans.binding.Bindings.concat(
                javafx.beans.binding.Bindings.when(dirty).then("*").otherwise(""), editor.title());
    }

    /**
     * An editor sized to its content can be wider than the screen (office laptops have 1366×768): it is
     * clamped to the visual bounds of the main window's screen before its first frame is drawn.
     */
    private void fitOnScreen(Stage stage) {
        Rectangle2D bounds = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        stage.setWidth(Math.min(stage.getWidth(), bounds.getWidth()));
        stage.setHeight(Math.min(stage.getHeight(), bounds.getHeight()));
        stage.setX(Math.max(bounds.getMinX(), Math.min(stage.getX(), bounds.getMaxX() - stage.getWidth())));
        stage.setY(Math.max(bounds.getMinY(), Math.min(stage.getY(), bounds.getMaxY() - stage.getHeight())));
    }

    /** Passed to an editor factory. */
    record Context(DialogService dialogs, Runnable close) {
    }

    private void requestClose(Stage stage, Editor editor, DialogService dialogs, String key) {
        EditorSession.askBeforeClose(editor.dirty().getAsBoolean(), editor.save(), dialogs, () -> closeNow(stage, key));
    }

    private void closeNow(Stage stage, String key) {
        open.remove(key);
        Runnable release = releases.remove(key);
        if (release != null) {
            release.run();
        }
        stage.close();
    }

    /** Asks each open editor to close (for exit and language change); false when the user kept one open. */
    boolean closeAll() {
        for (Stage stage : Map.copyOf(open).values()) {
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        }
        return open.isEmpty();
    }

    /** Closes one editor without asking (it could not be opened, e.g. its record was refused). */
    void discard(String key) {
        Stage stage = open.get(key);
        if (stage != null) {
            closeNow(stage, key);
        }
    }

    /** Closes every editor without asking (after a restore the records are gone anyway; tests). */
    void discardAll() {
        Map.copyOf(open).forEach((key, stage) -> closeNow(stage, key));
    }

    /** The open editor windows (TestFX looks them up). */
    Map<String, Stage> openWindows() {
        return Map.copyOf(open);
    }
}
