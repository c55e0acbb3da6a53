package org.transferdesk.deal.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Attachment;
import org.transferdesk.deal.DiligenceEntry;
import org.transferdesk.deal.DiligenceStatus;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.SelectedRowSync;
import org.transferdesk.ui.TableKeys;
import java.util.List;

/** The diligence-file pane (a tab of the deal editor): binds to {@link DiligenceViewModel}. */
public final class DiligenceView extends FxmlPaneView<DiligenceViewModel> {
    @FXML private Label summaryLabel;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<DiligenceEntry> itemsTable;
    @FXML private TextField noteField;
    @FXML private Button attachButton;
    @FXML private Button notApplicableButton;
    @FXML private Button clearNotApplicableButton;
    @FXML private TableView<Attachment> filesTable;
    @FXML private Button openButton;
    @FXML private Button verifyButton;
    @FXML private Button removeButton;

    public DiligenceView(DiligenceViewModel viewModel) {
        super(viewModel);
    }

    @Override
    protected void bind() {
        DiligenceViewModel.Status status = viewModel.status();
        summaryLabel.textProperty().bind(status.summary());
        status.missingCount().addListener((o, a, b) -> markSummary());
        markSummary();
        messageLabel.textProperty().bind(status.message());
        busyIndicator.visibleProperty().bind(status.busy());

        Cells.columns(itemsTable, List.of(ListColumn.labeled("diligenceFile.item", 300, DiligenceEntry::item),
                ListColumn.labeled("diligenceFile.status", 90, DiligenceEntry::status),
                ListColumn.text("diligenceFile.required", 60, e -> e.required() ? I18n.t("common.yes") : ""),
                ListColumn.<DiligenceEntry>of("diligenceFile.files", 60, e -> e.attachments().size())
                        .aligned(ListColumn.Align.RIGHT),
                ListColumn.text("diligenceFile.note", 200, DiligenceEntry::note)));
        itemsTable.setItems(viewModel.checklist().entries());
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
        SelectedRowSync.bind(itemsTable, viewModel.checklist().selected());

        Cells.columns(filesTable, List.of(ListColumn.text("diligenceFile.fileName", 220, Attachment::fileName),
                ListColumn.<Attachment>of("diligenceFile.size", 90, Attachment::sizeBytes).aligned(ListColumn.Align.RIGHT),
                ListColumn.text("diligenceFile.addedAt", 140,
                        a -> a.addedAt() == null ? "" : a.addedAt().withNano(0).toString().replace('T', ' ')),
                ListColumn.text("diligenceFile.addedBy", 90, Attachment::addedBy),
                ListColumn.text("diligenceFile.sha256", 200, Attachment::sha256)));
        filesTable.setItems(viewModel.files().attachments());
        filesTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> viewModel.files().selected().set(b));
        TableKeys.openOnDoubleClickOrEnter(filesTable, a -> viewModel.open());

        noteField.textProperty().bindBidirectional(viewModel.checklist().note());
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
        if (viewModel.status().missingCount().get() > 0) {
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
