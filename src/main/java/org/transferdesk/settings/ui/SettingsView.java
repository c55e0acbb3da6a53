package org.transferdesk.settings.ui;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.transferdesk.common.I18n;
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

    private final SettingsViewModel viewModel;
    private Runnable openRewardPolicy = () -> { };
    private final Runnable openWorkCalendar;

    public SettingsView(SettingsViewModel viewModel) {
        this(viewModel, () -> { });
    }

    /** {@code openWorkCalendar} opens the work calendar window (工作日历). */
    public SettingsView(SettingsViewModel viewModel, Runnable openWorkCalendar) {
        this.viewModel = viewModel;
        this.openWorkCalendar = openWorkCalendar;
    }

    private Runnable openPilotRules = () -> { };

    /** What the "赋权规则…" button opens (the shell's pilot-rules window). */
    public SettingsView onPilotRules(Runnable open) {
        this.openPilotRules = open;
        return this;
    }

    @FXML
    private void onPilotRules() {
        openPilotRules.run();
    }

    private Runnable openDueRules = () -> { };

    /** What the "待办与专利年费规则…" button opens. */
    public SettingsView onDueRules(Runnable open) {
        this.openDueRules = open;
        return this;
    }

    @FXML
    private void onDueRules() {
        openDueRules.run();
    }

    private Runnable openSharedDatabase = () -> { };

    /** What the "共享数据库…" button opens (issue 21). */
    public SettingsView onSharedDatabase(Runnable open) {
        this.openSharedDatabase = open;
        return this;
    }

    @FXML
    private void onSharedDatabase() {
        openSharedDatabase.run();
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

    /** What the "Reward policy…" button opens (the shell's reward-policy window). */
    public SettingsView onRewardPolicy(Runnable open) {
        this.openRewardPolicy = open;
        return this;
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
        return new Page(node, new ReadOnlyStringWrapper(I18n.t("cli.info.version", viewModel.appVersion())));
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(viewModel.languages());
        languageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : SettingsViewModel.languageName(locale);
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        applyLanguageButton.disableProperty().bind(viewModel.canApplyProperty().not());
        dataFolderField.setText(viewModel.dataFolder());
        DatabaseInfoViewModel db = viewModel.database();
        urlField.textProperty().bind(db.urlProperty());
        schemaVersionLabel.textProperty().bind(db.schemaVersionProperty());
        sizeLabel.textProperty().bind(db.sizeProperty());
        countsLabel.textProperty().bind(db.countsProperty());
        backupsLabel.textProperty().bind(db.backupsProperty());
        loadingIndicator.visibleProperty().bind(db.loadingProperty());
        versionLabel.setText(I18n.t("cli.info.version", viewModel.appVersion()));
        bindAuditCheck();
        // issue 22: the file's encryption, for this PC's own database only (a shared one's disk is IT's)
        FileEncryptionViewModel encryption = viewModel.encryption();
        for (javafx.scene.Node n : java.util.List.of(encryptionTitle, encryptionLabel, encryptionButtons,
                encryptionHint)) {
            n.setVisible(encryption.available());
            n.setManaged(encryption.available());
        }
        encryptionLabel.textProperty().bind(javafx.beans.binding.Bindings.when(encryption.encryptedProperty())
                .then(I18n.t("settings.encryption.on")).otherwise(I18n.t("settings.encryption.off")));
        encryptButton.visibleProperty().bind(encryption.encryptedProperty().not());
        encryptButton.managedProperty().bind(encryptButton.visibleProperty());
        decryptButton.visibleProperty().bind(encryption.encryptedProperty());
        decryptButton.managedProperty().bind(decryptButton.visibleProperty());
        encryptButton.disableProperty().bind(encryption.runningProperty());
        decryptButton.disableProperty().bind(encryption.runningProperty());
    }

    @FXML
    private void onEncrypt() {
        FileEncryptionDialog.show(encryptButton.getScene().getWindow(), viewModel.encryption());
    }

    @FXML
    private void onDecrypt() {
        FileEncryptionDialog.show(decryptButton.getScene().getWindow(), viewModel.encryption());
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
    private void onRewardPolicy() {
        openRewardPolicy.run();
    }

    @FXML
    private void onWorkCalendar() {
        openWorkCalendar.run();
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }
}
