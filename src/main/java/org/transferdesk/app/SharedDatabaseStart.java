package org.transferdesk.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.SchemaUpgradeNeededException;
import org.transferdesk.db.ServerAddress;
import org.transferdesk.db.ServerSchemaGuard;
import org.transferdesk.ui.Theme;

/**
 * The two questions a start on the shared database may need to ask (issue 21), on the FX thread while the shell's
 * window shows: the user's password (never stored: asked at each start unless TRANSFERDESK_DB_PASSWORD is set), asked
 * again when the server refuses it; and the confirmation of a schema upgrade by the first user of a new version. The
 * open itself runs again in the background.
 */
final class SharedDatabaseStart {
    /** Opens the shared database again, in the background, with this password under this guard. */
    @FunctionalInterface
    interface Reopen<T> {
        CompletableFuture<T> open(String password, ServerSchemaGuard guard);
    }

    // the password of this start, kept in memory only, so the upgrade question does not ask for it again
    private static String password = System.getenv("TRANSFERDESK_DB_PASSWORD");

    private SharedDatabaseStart() {
    }

    /** Asks what {@code failure} needs and opens again; empty when the failure is not one of these or was declined. */
    static <T> Optional<CompletableFuture<T>> retry(Stage owner, ServerAddress server, RuntimeException failure,
                                                   Reopen<T> reopen) {
        UserFacingException cause = userFacing(failure);
        if (cause instanceof SchemaUpgradeNeededException upgrade) {
            return confirmUpgrade(owner, upgrade) ? Optional.of(reopen.open(password, ServerSchemaGuard.UPGRADE))
                    : Optional.empty();
        }
        if (cause != null && ("error.server.passwordNeeded".equals(cause.key())
                || "error.server.login".equals(cause.key()))) {
            String refused = "error.server.login".equals(cause.key())
                    ? I18n.t("sharedDb.loginFailed", cause.getLocalizedMessage()) : null;
            Optional<String> typed = askPassword(owner, server, refused);
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            password = typed.get();
            return Optional.of(reopen.open(password, ServerSchemaGuard.OPEN));
        }
        return Optional.empty();
    }

    private static UserFacingException userFacing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException u) {
                return u;
            }
        }
        return null;
    }

    private static Optional<String> askPassword(Stage owner, ServerAddress server, String refused) {
        String user = server.user() != null ? server.user() : System.getProperty("user.name");
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("sharedDb.loginTitle"));
        dialog.setHeaderText(I18n.t("sharedDb.loginHeader", user));
        PasswordField field = new PasswordField();
        VBox box = new VBox(8);
        if (refused != null) {
            Label problem = new Label(refused);
            problem.setWrapText(true);
            problem.getStyleClass().add("field-error");
            box.getChildren().add(problem);
        }
        Label prompt = new Label(I18n.t("sharedDb.loginPrompt", user, server));
        prompt.setWrapText(true);
        box.getChildren().addAll(prompt, field);
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        ButtonType connect = new ButtonType(I18n.t("common.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, cancel());
        dialog.setResultConverter(b -> b == connect ? field.getText() : null);
        Theme.apply(dialog.getDialogPane());
        field.requestFocus();
        return dialog.showAndWait();
    }

    private static boolean confirmUpgrade(Stage owner, SchemaUpgradeNeededException upgrade) {
        ButtonType yes = new ButtonType(I18n.t("sharedDb.upgradeConfirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                I18n.t("sharedDb.upgradeQuestion", upgrade.current(), upgrade.newest()), yes, cancel());
        alert.initOwner(owner);
        alert.setTitle(I18n.t("sharedDb.upgradeTitle"));
        alert.setHeaderText(I18n.t("sharedDb.upgradeTitle"));
        Theme.apply(alert.getDialogPane());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** Labelled from the bundles: JavaFX's own button labels follow the JVM's locale, not the app's language. */
    private static ButtonType cancel() {
        return new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
