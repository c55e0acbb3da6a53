package org.transferdesk.deal.ui;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;

/** The deal editor's approval tab (R-APPROVAL): the approvals recorded and the tier the deal needs. */
public final class DealApprovalsView extends FxmlPaneView<ApprovalsViewModel> {
    @FXML private Label requiredApprovalLabel;
    @FXML private TableView<Approval> approvalsTable;
    @FXML private ComboBox<ApprovalTier> apTierField;
    @FXML private TextField apApproverField;
    @FXML private DatePicker apDateField;
    @FXML private TextField apMinutesField;
    @FXML private CheckBox apRelatedField;
    @FXML private Button apAddButton;
    @FXML private Button apUpdateButton;
    @FXML private Button apRemoveButton;
    @FXML private Label apError;

    private final ObservableStringValue requiredApproval;

    /** {@code requiredApproval}: the editor's, as the tier depends on the terms (amount, signing day). */
    public DealApprovalsView(ApprovalsViewModel approvals, ObservableStringValue requiredApproval) {
        super(approvals);
        this.requiredApproval = requiredApproval;
    }

    @Override
    protected void bind() {
        Cells.isoDates(apDateField);
        requiredApprovalLabel.textProperty().bind(requiredApproval);
        Cells.labeledChoices(apTierField, ApprovalTier.class, "");
        ApprovalsViewModel.Form form = viewModel.form();
        apTierField.valueProperty().bindBidirectional(form.tier());
        apApproverField.textProperty().bindBidirectional(form.approver());
        apDateField.valueProperty().bindBidirectional(form.approvedOn());
        apMinutesField.textProperty().bindBidirectional(form.minutesRef());
        apRelatedField.selectedProperty().bindBidirectional(form.relatedPartyStep());
        Cells.columns(approvalsTable, List.of(ListColumn.labeled("dealEditor.approval.tier", 140, Approval::tier),
                ListColumn.text("dealEditor.approval.approver", 140, Approval::approver),
                ListColumn.date("dealEditor.approval.date", 110, Approval::approvedOn),
                ListColumn.text("dealEditor.approval.minutes", 200, Approval::minutesRef),
                ListColumn.yesNo("dealEditor.approval.relatedStep", 130, Approval::relatedPartyStep)));
        RowTables.rows(approvalsTable, viewModel, apAddButton, apUpdateButton, apRemoveButton, apError);
    }
}
