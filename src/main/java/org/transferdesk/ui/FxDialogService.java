package org.transferdesk.ui;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.help.HelpLinks;

/** JavaFX dialogs owned by the current window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final java.util.function.Consumer<Path> openFolder;

    /** Dialogs of {@code owner} whose notices cannot open a folder (tests, windows without a desktop). */
    public FxDialogService(Supplier<Window> owner) {
        this(owner, null);
    }

    /** {@code openFolder} shows a folder in the desktop's file manager (the application's HostServices). */
    public FxDialogService(Supplier<Window> owner, java.util.function.Consumer<Path> openFolder) {
        this.owner = owner;
        this.openFolder = openFolder;
    }

    /** The same services for another window (an editor, the fee budget): its dialogs belong to that window. */
    public FxDialogService ownedBy(Supplier<Window> window) {
        return new FxDialogService(window, openFolder);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(HelpLinks.ruleText(message).<Region>map(flow -> {
            // running text wraps at the width it is given: the label's width, for a message citing a rule
            flow.setPrefWidth(520);
            return flow;
        }).orElseGet(() -> {
            Label content = new Label(message);
            content.setWrapText(true);
            content.setMaxWidth(520);
            return content;
        }));
        // an information or error box's one button, in the app's language (JavaFX's follows the JVM's locale)
        alert.getButtonTypes().setAll(Dialogs.ok());
        Dialogs.fitContent(alert);
        return alert;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea area = new TextArea(trace.toString());
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefRowCount(14);
            VBox.setVgrow(area, Priority.ALWAYS);
            VBox box = new VBox(6, new Label(I18n.t("error.details")), area);
            box.setMaxWidth(Double.MAX_VALUE);
            Dialogs.expandableDetails(alert.getDialogPane(), box);
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = Dialogs.ok();
        ButtonType no = Dialogs.cancel();
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public boolean confirmDetails(String title, String message, String details) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(16);
        text.setPrefColumnCount(60);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, alert.getDialogPane().getContent(), text);
        alert.getDialogPane().setContent(box);
        ButtonType yes = Dialogs.ok();
        ButtonType no = Dialogs.cancel();
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        Alert alert = alert(Alert.AlertType.WARNING, title, message);
        ButtonType save = new ButtonType(I18n.t("common.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(I18n.t("common.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = Dialogs.cancel();
        alert.getButtonTypes().setAll(save, discard, cancel);
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? UnsavedChoice.SAVE : chosen == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType t : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        return chooser;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.ofNullable(chooser(title, types).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public ProgressHandle showProgress(String title, String message, Runnable onCancel) {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        Window w = owner.get();
        if (w != null) {
            stage.initOwner(w);
            stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        Label text = new Label(message);
        text.setWrapText(true);
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar(-1);
        bar.setPrefWidth(360);
        javafx.scene.control.Button cancel = new javafx.scene.control.Button(I18n.t("common.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            onCancel.run();
        });
        cancel.setVisible(onCancel != null);
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, text, bar, buttons);
        box.setPadding(new javafx.geometry.Insets(16));
        Theme.apply(box);
        stage.setScene(new javafx.scene.Scene(box));
        stage.setOnCloseRequest(e -> {
            e.consume();
            if (onCancel != null) {
                cancel.fire();
            }
        });
        stage.show();
        return new ProgressHandle() {
            @Override
            public void update(double fraction, String note) {
                bar.setProgress(fraction);
                if (note != null && !note.isBlank()) {
                    text.setText(note);
                }
            }

            @Override
            public void close() {
                stage.close();
            }
        };
    }

    @Override
    public void notify(String message) {
        notify(message, null, null);
    }

    @Override
    public void fileWritten(String message, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (openFolder == null || folder == null) {
            notify(message);
        } else {
            notify(message, I18n.t("notice.openFolder"), () -> openFolder.accept(folder));
        }
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        Window w = owner.get();
        if (w == null || !w.isShowing()) {
            return;
        }
        Toast.show(w, message, actionText, action);
    }
}
