package org.transferdesk.settings.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.transferdesk.settings.ui.SharedDatabaseViewModel.Outcome;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.NodeVisibility;

/** The 连接共享数据库 window: binds to {@link SharedDatabaseViewModel}. */
public final class SharedDatabaseView extends EditorWindowView<SharedDatabaseViewModel> {
    @FXML
    private TextField hostField;
    @FXML
    private TextField portField;
    @FXML
    private TextField databaseField;
    @FXML
    private TextField userField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private CheckBox tlsCheck;
    @FXML
    private Button testButton;
    @FXML
    private ProgressIndicator testingIndicator;
    @FXML
    private Label messageLabel;
    @FXML
    private Button localButton;
    @FXML
    private Button copyButton;

    public SharedDatabaseView(SharedDatabaseViewModel viewModel, Runnable closeRequest) {
        super(viewModel, closeRequest);
    }

    @Override
    protected void bind() {
        SharedDatabaseViewModel.ServerFields fields = viewModel.fields();
        hostField.textProperty().bindBidirectional(fields.host());
        portField.textProperty().bindBidirectional(fields.port());
        databaseField.textProperty().bindBidirectional(fields.database());
        userField.textProperty().bindBidirectional(fields.user());
        passwordField.textProperty().bindBidirectional(fields.password());
        tlsCheck.selectedProperty().bindBidirectional(fields.tls());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        var testing = viewModel.outcomeProperty().isEqualTo(Outcome.TESTING);
        testingIndicator.visibleProperty().bind(testing);
        testButton.disableProperty().bind(testing);
        localButton.disableProperty().bind(viewModel.sharedProperty().not());
        NodeVisibility.shownWhen(copyButton, viewModel.canCopyProperty());
        viewModel.outcomeProperty().addListener((o, was, now) -> {
            messageLabel.getStyleClass().removeAll("field-error", "share-sum-ok");
            if (now == Outcome.PROBLEM) {
                messageLabel.getStyleClass().add("field-error");
            } else if (now == Outcome.OK) {
                messageLabel.getStyleClass().add("share-sum-ok");
            }
        });
    }

    @FXML
    private void onTest() {
        viewModel.test();
    }

    @FXML
    private void onCopy() {
        // buttons labelled from the bundles: JavaFX's own follow the JVM's locale, not the app's language
        javafx.scene.control.ButtonType copy = new javafx.scene.control.ButtonType(
                org.transferdesk.common.I18n.t("sharedDb.copyConfirm"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(
                org.transferdesk.common.I18n.t("common.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                org.transferdesk.common.I18n.t("sharedDb.copyQuestion"), copy, cancel);
        ask.initOwner(copyButton.getScene().getWindow());
        ask.setHeaderText(org.transferdesk.common.I18n.t("sharedDb.copy"));
        org.transferdesk.ui.Theme.apply(ask.getDialogPane());
        if (ask.showAndWait().filter(copy::equals).isPresent()) {
            viewModel.copyHere();
        }
    }

    @FXML
    private void onUseLocal() {
        viewModel.useLocal();
    }
}
