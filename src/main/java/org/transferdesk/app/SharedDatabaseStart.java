package org.transferdesk.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.SchemaUpgradeNeededException;
import org.transferdesk.db.ServerAddress;
import org.transferdesk.db.ServerSchemaGuard;
import org.transferdesk.ui.SettingsForms;
import org.transferdesk.ui.Theme;

/**
 * The two questions a start on the shared database may need to ask (issue 21), on the FX thread while the shell's
 * window shows: the person's login (remembered in the user's settings once it worked, issue 22) and password (never
 * stored: asked at each start unless TRANSFERDESK_DB_PASSWORD is set), asked again when the server refuses it; and the confirmation of a schema upgrade by the first user of a new version. The
 * open itself runs again in the background.
 */
final class SharedDatabaseStart {
    /** Opens the shared database again, in the background, as this login with this password under this guard. */
    @FunctionalInterface
    interface Reopen<T> {
        CompletableFuture<T> open(ServerAddress server, String password, ServerSchemaGuard guard);
    }

    /** What the login dialog returns: the login a person typed and their password. */
    record Login(String user, String password) {
    }

    // the password of this start, kept in memory only, so the upgrade question does not ask for it again
    private static String password = System.getenv("TRANSFERDESK_DB_PASSWORD");

    private SharedDatabaseStart() {
    }

    /**
     * Asks what {@code failure} needs and opens again; empty when the failure is not one of these or was declined.
     * A refused login (wrong password or unknown login) is noted in {@code failed}, for the audit of the next
     * successful sign-in (issue 22); a login the server accepts but that is no TransferDesk account, or a deactivated
     * one, is shown with the offer to sign in as someone else.
     */
    static <T> Optional<CompletableFuture<T>> retry(Stage owner, ServerAddress server, RuntimeException failure,
                                                   org.transferdesk.access.FailedLogins failed, Reopen<T> reopen) {
        UserFacingException cause = userFacing(failure);
        if (cause instanceof SchemaUpgradeNeededException upgrade) {
            return confirmUpgrade(owner, upgrade) ? Optional.of(reopen.open(server, password, ServerSchemaGuard.UPGRADE))
                    : Optional.empty();
        }
        String key = cause == null ? "" : cause.key();
        if (!LOGIN_PROBLEMS.contains(key)) {
            return Optional.empty();
        }
        String refused = null;
        if ("error.server.login".equals(key)) {
            String tried = server.user() != null ? server.user() : System.getProperty("user.name");
            try {
                failed.record(tried);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SharedDatabaseStart.class).warn("Could not note a failed login", e);
            }
            refused = I18n.t("sharedDb.loginFailed", cause.getLocalizedMessage());
        } else if (!"error.server.passwordNeeded".equals(key)) {
            refused = I18n.t("sharedDb.loginOther", cause.getLocalizedMessage());
        }
        Optional<Login> typed = askLogin(owner, server, refused);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        password = typed.get().password();
        ServerAddress as = new ServerAddress(server.host(), server.port(), server.database(), typed.get().user(),
                server.tls());
        return Optional.of(reopen.open(as, password, ServerSchemaGuard.OPEN));
    }

    /** The failures a login dialog answers: no password yet, a refused one, a login that is no (active) account. */
    private static final java.util.Set<String> LOGIN_PROBLEMS = java.util.Set.of("error.server.passwordNeeded",
            "error.server.login", "error.account.noRole", "error.account.inactive");

    /** The first clerk's message among {@code failure}'s causes (the start's dialogs ask by its key); null if none. */
    static UserFacingException userFacing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException u) {
                return u;
            }
        }
        return null;
    }

    /** The start's login dialog: the login (prefilled with the last one used here) and its password. */
    static Optional<Login> askLogin(Stage owner, ServerAddress server, String refused) {
        String user = server.user() != null ? server.user() : System.getProperty("user.name");
        Dialog<Login> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("sharedDb.loginTitle"));
        dialog.setHeaderText(I18n.t("signIn.header", server));
        TextField login = new TextField(user);
        login.setId("signInLogin");
        PasswordField field = new PasswordField();
        field.setId("signInPassword");
        VBox box = new VBox(8);
        if (refused != null) {
            Label problem = new Label(refused);
            problem.setWrapText(true);
            problem.getStyleClass().add("field-error");
            box.getChildren().add(problem);
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        SettingsForms.labelledRow(grid, 0, I18n.t("sharedDb.user"), login);
        SettingsForms.labelledRow(grid, 1, I18n.t("sharedDb.password"), field);
        GridPane.setHgrow(login, javafx.scene.layout.Priority.ALWAYS);
        Label hint = new Label(I18n.t("signIn.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        box.getChildren().addAll(grid, hint);
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        ButtonType connect = new ButtonType(I18n.t("signIn.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, cancel());
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(login.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == connect ? new Login(login.getText().strip(), field.getText()) : null);
        Theme.apply(dialog.getDialogPane());
        javafx.application.Platform.runLater(() -> (user.isEmpty() ? login : field).requestFocus());
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
