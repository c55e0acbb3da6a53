package org.transferdesk.deal.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.Receipt;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.NodeVisibility;

/** The deal editor's money tab: the instalments agreed, the receipts booked and the account position. */
public final class DealMoneyView extends FxmlPaneView<DealEditorViewModel> {
    @FXML private Label positionLabel;
    @FXML private TableView<Instalment> instalmentsTable;
    @FXML private DatePicker inDueField;
    @FXML private TextField inAmountField;
    @FXML private TextField inConditionField;
    @FXML private Button inAddButton;
    @FXML private Button inUpdateButton;
    @FXML private Button inRemoveButton;
    @FXML private Label inError;
    @FXML private TableView<Receipt> receiptsTable;
    @FXML private DatePicker rcDateField;
    @FXML private TextField rcAmountField;
    @FXML private TextField rcVoucherField;
    @FXML private ComboBox<Instalment> rcInstalmentField;
    @FXML private Button rcAddButton;
    @FXML private Button rcUpdateButton;
    @FXML private Button rcRemoveButton;
    @FXML private Label rcError;
    @FXML private Label rcUnsignedWarning;

    /** The editor's: the account position depends on the terms (amount, mode) as well as on these rows. */
    public DealMoneyView(DealEditorViewModel editor) {
        super(editor);
    }

    @Override
    protected void bind() {
        Cells.isoDates(inDueField);
        Cells.isoDates(rcDateField);
        positionLabel.textProperty().bind(viewModel.positionTextProperty());
        InstalmentsViewModel in = viewModel.instalments();
        InstalmentsViewModel.Form inForm = in.form();
        inDueField.valueProperty().bindBidirectional(inForm.dueOn());
        inAmountField.textProperty().bindBidirectional(inForm.amount());
        inConditionField.textProperty().bindBidirectional(inForm.condition());
        Cells.columns(instalmentsTable, List.of(ListColumn.date("dealEditor.instalment.dueOn", 110, Instalment::dueOn),
                ListColumn.money("dealEditor.amount", 130, Instalment::amount),
                ListColumn.text("dealEditor.instalment.condition", 300, Instalment::condition)));
        RowTables.rows(instalmentsTable, in, inAddButton, inUpdateButton, inRemoveButton, inError);

        ReceiptsViewModel rc = viewModel.receipts();
        ReceiptsViewModel.Form rcForm = rc.form();
        rcDateField.valueProperty().bindBidirectional(rcForm.receivedOn());
        rcAmountField.textProperty().bindBidirectional(rcForm.amount());
        rcVoucherField.textProperty().bindBidirectional(rcForm.voucherNo());
        Cells.facet(rcInstalmentField, "", ReceiptsViewModel::describe);
        Facets.bindChoices(rcInstalmentField, rc.savedInstalments());
        rcInstalmentField.valueProperty().bindBidirectional(rcForm.instalment());
        Cells.columns(receiptsTable, List.of(ListColumn.date("deal.receivedOn", 110, Receipt::receivedOn),
                ListColumn.money("dealEditor.amount", 130, Receipt::amount),
                ListColumn.text("dealEditor.receipt.voucher", 130, Receipt::voucherNo),
                ListColumn.text("dealEditor.receipt.instalment", 200, rc::instalmentText)));
        RowTables.rows(receiptsTable, rc, rcAddButton, rcUpdateButton, rcRemoveButton, rcError);
        rcUnsignedWarning.textProperty().bind(rc.unsignedWarningProperty());
        NodeVisibility.shownWhen(rcUnsignedWarning, rc.unsignedWarningProperty().isNotEmpty());
    }
}
