package org.transferdesk.settings.ui;

import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.NodeVisibility;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.ViewLoader;

/** The settings page: binds to {@link SettingsViewModel}. */
public final class SettingsView {
    @FXML
    private ChoiceBox<Locale> languageChoice;
    @FXML
    private Button applyLanguageButton;
    @FXML
    private TextField dataFolderField;
    @FXML
    private TextField urlField;
    @FXML
    private Label schemaVersionLabel;
    @FXML
    private Label sizeLabel;
    @FXML
    private Label countsLabel;
    @FXML
    private Label backupsLabel;
    @FXML
    private Label versionLabel;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Label encryptionTitle;
    @FXML
    private Label encryptionLabel;
    @FXML
    private javafx.scene.layout.HBox encryptionButtons;
    @FXML
    private Button encryptButton;
    @FXML
    private Button decryptButton;
    @FXML
    private Label encryptionHint;
    @FXML
    private Label officeRulesNote;
    @FXML
    private javafx.scene.layout.VBox accountsBox;
    private javafx.scene.Node accountsSection;
    private String officeRulesReadOnly;

    @FXML
    private Button rewardPolicyButton;
    @FXML
    private Button workCalendarButton;
    @FXML
    private Button pilotRulesButton;
    @FXML
    private Button dueRulesButton;
    @FXML
    private Button sharedDbButton;

    /**
     * The shell's windows the page's buttons open: the reward policy, the work calendar (工作日历), the pilot's rules
     * (赋权规则), the deadline and patent-fee rules (待办与专利年费规则) and the shared database (issue 21).
     */
    public record Windows(Runnable rewardPolicy, Runnable workCalendar, Runnable pilotRules, Runnable dueRules,
                          Runnable sharedDatabase) {
        /** Buttons that open nothing (a page shown without the shell). */
        public static Windows none() {
            Runnable nothing = () -> { };
            return new Windows(nothing, nothing, nothing, nothing, nothing);
        }
    }

    private final SettingsViewModel viewModel;
    private final Windows windows;

    public SettingsView(SettingsViewModel viewModel) {
        this(viewModel, Windows.none());
    }

    public SettingsView(SettingsViewModel viewModel, Windows windows) {
        this.viewModel = viewModel;
        this.windows = windows;
    }

    @FXML
    private Button verifyAuditButton;
    @FXML
    private Label auditResultLabel;
    private AuditCheckViewModel auditCheck;

    /** Issue 22: what the "核验审计记录" button runs; without it the section's button does nothing. */
    public SettingsView withAuditCheck(AuditCheckViewModel check) {
        this.auditCheck = check;
        return this;
    }

    @FXML
    private void onVerifyAudit() {
        if (auditCheck != null) {
            auditCheck.verify();
        }
    }

    private void bindAuditCheck() {
        if (auditCheck == null) {
            verifyAuditButton.setDisable(true);
            return;
        }
        verifyAuditButton.disableProperty().bind(auditCheck.runningProperty());
        auditCheck.resultProperty().addListener((o, was, now) -> auditResultLabel.setText(now));
        auditCheck.brokenProperty().addListener((o, was, now) -> {
            auditResultLabel.getStyleClass().removeAll("muted", "field-error");
            auditResultLabel.getStyleClass().add(now ? "field-error" : "muted");
        });
    }

    /** The 账户 section (issue 22), built by the access feature: shown at the end of the page. */
    public SettingsView accounts(javafx.scene.Node section) {
        this.accountsSection = section;
        return this;
    }

    /**
     * The office-wide settings open read-only for this role (issue 22): {@code reason} names the roles that may change
     * them, under the section's buttons.
     */
    public SettingsView officeRulesReadOnly(String reason) {
        this.officeRulesReadOnly = reason;
        return this;
    }

    public Page build() {
        Parent node = ViewLoader.load(this);
        if (accountsSection != null) {
            accountsBox.getChildren().setAll(accountsSection);
        }
        if (officeRulesReadOnly != null) {
            officeRulesNote.setText(officeRulesReadOnly);
            officeRulesNote.setVisible(true);
            officeRulesNote.setManaged(true);
        }
        viewModel.load();
        return new Page(node, new ReadOnlyStringWrapper(I18n.t("cli.info.version", viewModel.about().appVersion())));
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(viewModel.languages());
        languageChoice.setConverter(Cells.shownAs("", SettingsViewModel::languageName));
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        applyLanguageButton.disableProperty().bind(viewModel.canApplyProperty().not());
        SettingsViewModel.About about = viewModel.about();
        dataFolderField.setText(about.dataFolder().toString());
        DatabaseInfoViewModel db = about.database();
        var shown = db.shownProperty();
        urlField.textProperty().bind(shown.map(DatabaseInfoViewModel.Shown::url));
        schemaVersionLabel.textProperty().bind(shown.map(DatabaseInfoViewModel.Shown::schemaVersion));
        sizeLabel.textProperty().bind(shown.map(DatabaseInfoViewModel.Shown::size));
        countsLabel.textProperty().bind(shown.map(DatabaseInfoViewModel.Shown::counts));
        backupsLabel.textProperty().bind(shown.map(DatabaseInfoViewModel.Shown::backups));
        loadingIndicator.visibleProperty().bind(db.loadingProperty());
        versionLabel.setText(I18n.t("cli.info.version", about.appVersion()));
        Map.of(rewardPolicyButton, windows.rewardPolicy(), workCalendarButton, windows.workCalendar(),
                pilotRulesButton, windows.pilotRules(), dueRulesButton, windows.dueRules(),
                sharedDbButton, windows.sharedDatabase())
                .forEach((button, open) -> button.setOnAction(e -> open.run()));
        bindAuditCheck();
        // issue 22: the file's encryption, for this PC's own database only (a shared one's disk is IT's)
        FileEncryptionViewModel encryption = about.encryption();
        for (javafx.scene.Node n : java.util.List.of(encryptionTitle, encryptionLabel, encryptionButtons,
                encryptionHint)) {
            n.setVisible(encryption.available());
            n.setManaged(encryption.available());
        }
        encryptionLabel.textProperty().bind(javafx.beans.binding.Bindings.when(encryption.encryptedProperty())
                .then(I18n.t("settings.encryption.on")).otherwise(I18n.t("settings.encryption.off")));
        NodeVisibility.shownWhen(encryptButton, encryption.encryptedProperty().not());
        NodeVisibility.shownWhen(decryptButton, encryption.encryptedProperty());
        encryptButton.disableProperty().bind(encryption.runningProperty());
        decryptButton.disableProperty().bind(encryption.runningProperty());
    }

    @FXML
    private void onEncrypt() {
        FileEncryptionDialog.show(encryptButton.getScene().getWindow(), viewModel.about().encryption());
    }

    @FXML
    private void onDecrypt() {
        FileEncryptionDialog.show(decryptButton.getScene().getWindow(), viewModel.about().encryption());
    }

    @FXML
    private void onApplyLanguage() {
        viewModel.applyLanguage();
    }

    @FXML
    private void onOpenFolder() {
        viewModel.openDataFolder();
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }
}
