package org.transferdesk.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.ui.Theme;

/**
 * The question a start on an encrypted data folder asks (issue 22), on the FX thread while the shell's window shows:
 * the file password, never stored, asked again after a wrong one; cancelling quits. Whether it is right is found out
 * by the open, in the background (the first one fails with {@code error.filePasswordNeeded}, a wrong password with
 * {@code error.filePasswordWrong}).
 */
final class EncryptedDatabaseStart {
    /** Opens the data folder's database again, in the background, with this file password. */
    @FunctionalInterface
    interface Reopen<T> {
        CompletableFuture<T> open(String filePassword);
    }

    private EncryptedDatabaseStart() {
    }

    /** Whether {@code failure} is the open asking for the file password (or refusing a wrong one). */
    static boolean asksPassword(RuntimeException failure) {
        UserFacingException u = SharedDatabaseStart.userFacing(failure);
        return u != null && ("error.filePasswordNeeded".equals(u.key()) || "error.filePasswordWrong".equals(u.key()));
    }

    /** Asks for the password and opens again; empty when the user cancelled (the app then quits). */
    static <T> Optional<CompletableFuture<T>> retry(Stage owner, Path dataFolder, RuntimeException failure,
                                                   Reopen<T> reopen) {
        return ask(owner, dataFolder, wrongPassword(failure)).map(reopen::open);
    }

    private static boolean wrongPassword(Throwable failure) {
        UserFacingException u = SharedDatabaseStart.userFacing(failure);
        return u != null && "error.filePasswordWrong".equals(u.key());
    }

    private static Optional<String> ask(Stage owner, Path dataFolder, boolean wrong) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("start.filePassword.title"));
        dialog.setHeaderText(I18n.t("start.filePassword.title"));
        PasswordField field = new PasswordField();
        field.setId("filePasswordField");
        VBox box = new VBox(8);
        if (wrong) {
            Label problem = new Label(I18n.t("start.filePassword.wrong"));
            problem.setWrapText(true);
            problem.getStyleClass().add("field-error");
            box.getChildren().add(problem);
        }
        Label prompt = new Label(I18n.t("start.filePassword.prompt", dataFolder));
        prompt.setWrapText(true);
        prompt.setLabelFor(field);
        box.getChildren().addAll(prompt, field);
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        ButtonType open = new ButtonType(I18n.t("start.filePassword.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(I18n.t("start.filePassword.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, quit);
        dialog.setResultConverter(b -> b == open ? field.getText() : null);
        Theme.apply(dialog.getDialogPane());
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }
}
