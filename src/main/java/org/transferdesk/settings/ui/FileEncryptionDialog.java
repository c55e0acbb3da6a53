package org.transferdesk.settings.ui;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.layout.GridPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.SettingsForms;
import org.transferdesk.ui.Theme;

/**
 * The dialog of Settings' 加密数据库文件… / 取消加密… (issue 22): binds to {@link FileEncryptionViewModel}. Encrypting,
 * it explains first that a forgotten password cannot be recovered by anyone and asks the password twice; turning it
 * off asks the current password. OK stays open while the view model finds a problem.
 */
final class FileEncryptionDialog {
    private FileEncryptionDialog() {
    }

    static void show(Window owner, FileEncryptionViewModel vm) {
        boolean decrypt = vm.encryptedProperty().get();
        vm.clear();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t(decrypt ? "decrypt.title" : "encrypt.title"));
        dialog.setHeaderText(I18n.t(decrypt ? "decrypt.title" : "encrypt.title"));
        VBox box = new VBox(10);
        box.setPrefWidth(540);
        PasswordField password = new PasswordField();
        password.setId("encryptPassword");
        password.textProperty().bindBidirectional(vm.typed().password());
        if (decrypt) {
            Label prompt = new Label(I18n.t("decrypt.prompt"));
            prompt.setWrapText(true);
            prompt.setLabelFor(password);
            box.getChildren().addAll(prompt, password);
        } else {
            Label warning = new Label(I18n.t("encrypt.warning"));
            warning.setWrapText(true);
            warning.getStyleClass().add("warning-text");
            PasswordField again = new PasswordField();
            again.setId("encryptAgain");
            again.textProperty().bindBidirectional(vm.typed().again());
            GridPane fields = new GridPane();
            fields.setHgap(8);
            fields.setVgap(8);
            SettingsForms.labelledRow(fields, 0, I18n.t("encrypt.password"), password);
            SettingsForms.labelledRow(fields, 1, I18n.t("encrypt.again"), again);
            GridPane.setHgrow(password, javafx.scene.layout.Priority.ALWAYS);
            CheckBox understood = new CheckBox(I18n.t("encrypt.understood"));
            understood.setWrapText(true);
            understood.selectedProperty().bindBidirectional(vm.typed().understood());
            Label note = new Label(I18n.t("encrypt.closeNote"));
            note.setWrapText(true);
            note.getStyleClass().add("muted");
            box.getChildren().addAll(warning, fields, understood, note);
        }
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        box.getChildren().add(problem);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(I18n.t(decrypt ? "settings.decrypt" : "settings.encrypt").replace("…", ""),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.apply()) {
                e.consume(); // stays open, showing the problem
            }
        });
        Theme.apply(dialog.getDialogPane());
        dialog.setOnShown(e -> password.requestFocus());
        if (dialog.showAndWait().filter(ok::equals).isEmpty()) {
            vm.clear();
        }
    }
}
