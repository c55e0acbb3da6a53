package org.transferdesk.deal.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Attachment;
import org.transferdesk.deal.DiligenceEntry;
import org.transferdesk.deal.DiligenceStatus;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.ViewLoader;

/** The diligence-file pane (a tab of the deal editor): binds to {@link DiligenceViewModel}. */
public final class DiligenceView {
    @FXML private Label summaryLabel;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<DiligenceEntry> itemsTable;
    @FXML private TableColumn<DiligenceEntry, String> itemColumn;
    @FXML private TableColumn<DiligenceEntry, String> statusColumn;
    @FXML private TableColumn<DiligenceEntry, String> requiredColumn;
    @FXML private TableColumn<DiligenceEntry, Integer> filesColumn;
    @FXML private TableColumn<DiligenceEntry, String> noteColumn;
    @FXML private TextField noteField;
    @FXML private Button attachButton;
    @FXML private Button notApplicableButton;
    @FXML private Button clearNotApplicableButton;
    @FXML private TableView<Attachment> filesTable;
    @FXML private TableColumn<Attachment, String> fileNameColumn;
    @FXML private TableColumn<Attachment, Long> sizeColumn;
    @FXML private TableColumn<Attachment, String> addedAtColumn;
    @FXML private TableColumn<Attachment, String> addedByColumn;
    @FXML private TableColumn<Attachment, String> shaColumn;
    @FXML private Button openButton;
    @FXML private Button verifyButton;
    @FXML private Button removeButton;

    private final DiligenceViewModel viewModel;

    public DiligenceView(DiligenceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        viewModel.missingCountProperty().addListener((o, a, b) -> markSummary());
        markSummary();
        messageLabel.textProperty().bind(viewModel.messageProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());

        Cells.labeled(itemColumn, DiligenceEntry::item);
        Cells.labeled(statusColumn, DiligenceEntry::status);
        Cells.value(requiredColumn, e -> e.required() ? I18n.t("common.yes") : "");
        Cells.value(filesColumn, e -> e.attachments().size());
        Cells.value(noteColumn, DiligenceEntry::note);
        itemsTable.setItems(viewModel.entries());
        itemsTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(DiligenceEntry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("missing-row");
                if (!empty && item != null && item.status() == DiligenceStatus.MISSING) {
                    getStyleClass().add("missing-row");
                }
            }
        });
        itemsTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> viewModel.selectedEntryProperty().set(b));
        viewModel.selectedEntryProperty().addListener((o, a, b) -> {
            if (b != itemsTable.getSelectionModel().getSelectedItem()) {
                itemsTable.getSelectionModel().select(b);
            }
        });

        Cells.value(fileNameColumn, Attachment::fileName);
        Cells.value(sizeColumn, Attachment::sizeBytes);
        Cells.value(addedAtColumn, a -> a.addedAt() == null ? "" : a.addedAt().withNano(0).toString().replace('T', ' '));
        Cells.value(addedByColumn, Attachment::addedBy);
        Cells.value(shaColumn, Attachment::sha256);
        filesTable.setItems(viewModel.attachments());
        filesTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> viewModel.selectedAttachmentProperty().set(b));
        TableKeys.openOnDoubleClickOrEnter(filesTable, a -> viewModel.open());

        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        attachButton.disableProperty().bind(viewModel.noItemCommands());
        notApplicableButton.disableProperty().bind(viewModel.noItemCommands());
        clearNotApplicableButton.disableProperty().bind(viewModel.noItemCommands());
        noteField.disableProperty().bind(viewModel.noItemCommands());
        openButton.disableProperty().bind(viewModel.noFileCommands());
        verifyButton.disableProperty().bind(viewModel.noFileCommands());
        removeButton.disableProperty().bind(viewModel.noFileCommands());
    }

    private void markSummary() {
        summaryLabel.getStyleClass().remove("field-error");
        if (viewModel.missingCountProperty().get() > 0) {
            summaryLabel.getStyleClass().add("field-error");
        }
    }

    @FXML
    private void onAttach() {
        viewModel.attach();
    }

    @FXML
    private void onNotApplicable() {
        viewModel.markNotApplicable();
    }

    @FXML
    private void onClearNotApplicable() {
        viewModel.clearNotApplicable();
    }

    @FXML
    private void onOpen() {
        viewModel.open();
    }

    @FXML
    private void onVerify() {
        viewModel.verify();
    }

    @FXML
    private void onRemove() {
        viewModel.remove();
    }
}
