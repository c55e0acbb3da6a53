package org.transferdesk.deal.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
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
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ViewLoader;
import java.util.List;

/** The deal editor's approval tab (R-APPROVAL): the approvals recorded and the tier the deal needs. */
public final class DealApprovalsView {
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

    private final ApprovalsViewModel approvals;
    private final ObservableStringValue requiredApproval;

    /** {@code requiredApproval}: the editor's, as the tier depends on the terms (amount, signing day). */
    public DealApprovalsView(ApprovalsViewModel approvals, ObservableStringValue requiredApproval) {
        this.approvals = approvals;
        this.requiredApproval = requiredApproval;
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Cells.isoDates(apDateField);
        ApprovalsViewModel a = approvals;
        requiredApprovalLabel.textProperty().bind(requiredApproval);
        Cells.labeledChoices(apTierField, ApprovalTier.class, "");
        apTierField.valueProperty().bindBidirectional(a.tierProperty());
        apApproverField.textProperty().bindBidirectional(a.approverProperty());
        apDateField.valueProperty().bindBidirectional(a.approvedOnProperty());
        apMinutesField.textProperty().bindBidirectional(a.minutesRefProperty());
        apRelatedField.selectedProperty().bindBidirectional(a.relatedPartyStepProperty());
        Cells.columns(approvalsTable, List.of(ListColumn.labeled("dealEditor.approval.tier", 140, Approval::tier),
                ListColumn.text("dealEditor.approval.approver", 140, Approval::approver),
                ListColumn.date("dealEditor.approval.date", 110, Approval::approvedOn),
                ListColumn.text("dealEditor.approval.minutes", 200, Approval::minutesRef),
                ListColumn.yesNo("dealEditor.approval.relatedStep", 130, Approval::relatedPartyStep)));
        RowTables.rows(approvalsTable, a, apAddButton, apUpdateButton, apRemoveButton, apError);
    }
}
