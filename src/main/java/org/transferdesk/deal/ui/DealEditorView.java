package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.transferdesk.audit.ui.HistoryTable;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.Objection;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.EditorChrome;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.ViewLoader;

/** The deal editor: binds to {@link DealEditorViewModel} and delegates every command to it. */
public final class DealEditorView {
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private javafx.scene.layout.HBox buttonBar;
    @FXML private VBox problemsPanel;
    @FXML private VBox problemsList;
    @FXML private TextField contractNoField;
    @FXML private ComboBox<Counterparty> counterpartyField;
    @FXML private TextField titleField;
    @FXML private ComboBox<DealMode> modeField;
    @FXML private ComboBox<LicenseKind> licenseKindField;
    @FXML private DatePicker signedOnField;
    @FXML private DatePicker termFromField;
    @FXML private DatePicker termToField;
    @FXML private TextField amountField;
    @FXML private ComboBox<PricingMethod> pricingField;
    @FXML private CheckBox relatedPartyField;
    @FXML private TextField registrationNoField;
    @FXML private DatePicker registeredOnField;
    @FXML private TextField technicalIncomeField;
    @FXML private CheckBox valuationDoneField;
    @FXML private TextField valuationAmountField;
    @FXML private TextField valuationReportField;
    @FXML private Label contractNoError;
    @FXML private Label titleError;
    @FXML private Label amountError;
    @FXML private TextField resultLookupField;
    @FXML private Label resultsMessage;
    @FXML private TableView<ResultRef> resultsTable;
    @FXML private TableColumn<ResultRef, String> resNoColumn;
    @FXML private TableColumn<ResultRef, String> resTitleColumn;
    @FXML private DatePicker pubStartField;
    @FXML private DatePicker pubEndField;
    @FXML private Label earliestEndLabel;
    @FXML private TextField pubPlaceField;
    @FXML private TextArea pubContentField;
    @FXML private TableView<Objection> objectionsTable;
    @FXML private TableColumn<Objection, LocalDate> objDateColumn;
    @FXML private TableColumn<Objection, String> objByColumn;
    @FXML private TableColumn<Objection, String> objContentColumn;
    @FXML private TableColumn<Objection, String> objHandlingColumn;
    @FXML private TableColumn<Objection, LocalDate> objClosedColumn;
    @FXML private DatePicker objDateField;
    @FXML private TextField objByField;
    @FXML private TextField objContentField;
    @FXML private TextField objHandlingField;
    @FXML private DatePicker objClosedField;
    @FXML private Button objAddButton;
    @FXML private Button objUpdateButton;
    @FXML private Button objRemoveButton;
    @FXML private Label objError;
    @FXML private Label requiredApprovalLabel;
    @FXML private TableView<Approval> approvalsTable;
    @FXML private TableColumn<Approval, String> apTierColumn;
    @FXML private TableColumn<Approval, String> apApproverColumn;
    @FXML private TableColumn<Approval, LocalDate> apDateColumn;
    @FXML private TableColumn<Approval, String> apMinutesColumn;
    @FXML private TableColumn<Approval, String> apRelatedColumn;
    @FXML private ComboBox<ApprovalTier> apTierField;
    @FXML private TextField apApproverField;
    @FXML private DatePicker apDateField;
    @FXML private TextField apMinutesField;
    @FXML private CheckBox apRelatedField;
    @FXML private Button apAddButton;
    @FXML private Button apUpdateButton;
    @FXML private Button apRemoveButton;
    @FXML private Label apError;
    @FXML private Label positionLabel;
    @FXML private TableView<Instalment> instalmentsTable;
    @FXML private TableColumn<Instalment, LocalDate> inDueColumn;
    @FXML private TableColumn<Instalment, BigDecimal> inAmountColumn;
    @FXML private TableColumn<Instalment, String> inConditionColumn;
    @FXML private DatePicker inDueField;
    @FXML private TextField inAmountField;
    @FXML private TextField inConditionField;
    @FXML private Button inAddButton;
    @FXML private Button inUpdateButton;
    @FXML private Button inRemoveButton;
    @FXML private Label inError;
    @FXML private TableView<Receipt> receiptsTable;
    @FXML private TableColumn<Receipt, LocalDate> rcDateColumn;
    @FXML private TableColumn<Receipt, BigDecimal> rcAmountColumn;
    @FXML private TableColumn<Receipt, String> rcVoucherColumn;
    @FXML private TableColumn<Receipt, String> rcInstalmentColumn;
    @FXML private DatePicker rcDateField;
    @FXML private TextField rcAmountField;
    @FXML private TextField rcVoucherField;
    @FXML private ComboBox<Instalment> rcInstalmentField;
    @FXML private Button rcAddButton;
    @FXML private Button rcUpdateButton;
    @FXML private Button rcRemoveButton;
    @FXML private Label rcError;
    @FXML private TableView<Cost> costsTable;
    @FXML private TableColumn<Cost, LocalDate> coDateColumn;
    @FXML private TableColumn<Cost, String> coCategoryColumn;
    @FXML private TableColumn<Cost, BigDecimal> coAmountColumn;
    @FXML private TableColumn<Cost, String> coNoteColumn;
    @FXML private DatePicker coDateField;
    @FXML private ComboBox<CostCategory> coCategoryField;
    @FXML private TextField coAmountField;
    @FXML private TextField coNoteField;
    @FXML private Button coAddButton;
    @FXML private Button coUpdateButton;
    @FXML private Button coRemoveButton;
    @FXML private Label coError;
    @FXML private Tab equityTab;
    @FXML private ComboBox<Company> companyField;
    @FXML private TextField shareField;
    @FXML private DatePicker regChangeField;
    @FXML private Label currentStatusLabel;
    @FXML private HBox statusButtons;
    @FXML private Label statusNewHint;
    @FXML private TableView<HistoryTable.Line> auditTable;
    @FXML private TableColumn<HistoryTable.Line, String> auAtColumn;
    @FXML private TableColumn<HistoryTable.Line, String> auActorColumn;
    @FXML private TableColumn<HistoryTable.Line, String> auActionColumn;
    @FXML private TableColumn<HistoryTable.Line, String> auSummaryColumn;
    @FXML private TableColumn<HistoryTable.Line, String> auDetailsColumn;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button saveButton;

    private final DealEditorViewModel viewModel;
    private final Runnable closeRequest;

    /** Adds a tab composed from another part (e.g. the diligence file) before the status tab; after build(). */
    public void addTab(String title, javafx.scene.Parent content) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(title, content);
        tab.setClosable(false);
        int statusIndex = Math.max(0, tabs.getTabs().size() - 2);
        tabs.getTabs().add(statusIndex, tab);
    }

    /** Adds a command button at the left of the button bar (e.g. export the publicity notice); after build(). */
    public void addButton(String text, Runnable action) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(text);
        button.setOnAction(e -> action.run());
        buttonBar.getChildren().add(0, button);
    }

    public DealEditorView(DealEditorViewModel viewModel, Runnable closeRequest) {
        this.viewModel = viewModel;
        this.closeRequest = closeRequest;
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        for (DatePicker p : List.of(signedOnField, termFromField, termToField, registeredOnField, pubStartField,
                pubEndField, objDateField, objClosedField, apDateField, inDueField, rcDateField, coDateField,
                regChangeField)) {
            Cells.isoDates(p);
        }
        bindTerms();
        bindResults();
        bindPublicity();
        bindApprovals();
        bindMoney();
        bindCosts();
        bindEquity();
        bindStatus();
        HistoryTable.bind(auditTable, viewModel.auditHistory(), auAtColumn, auActorColumn, auActionColumn,
                auSummaryColumn, auDetailsColumn);
        EditorChrome.bind(viewModel.session(), busyIndicator, saveButton, problemsPanel, problemsList);
    }

    private void bindTerms() {
        DealTermsViewModel t = viewModel.terms();
        contractNoField.textProperty().bindBidirectional(t.contractNoProperty());
        titleField.textProperty().bindBidirectional(t.titleProperty());
        Cells.labeledChoices(modeField, DealMode.class, null);
        modeField.valueProperty().bindBidirectional(t.modeProperty());
        Cells.labeledChoices(licenseKindField, LicenseKind.class, "");
        licenseKindField.valueProperty().bindBidirectional(t.licenseKindProperty());
        licenseKindField.disableProperty().bind(t.licenceProperty().not());
        counterpartyField.setItems(t.counterparties());
        Cells.facet(counterpartyField, "", Counterparty::name);
        counterpartyField.valueProperty().bindBidirectional(t.counterpartyProperty());
        signedOnField.valueProperty().bindBidirectional(t.signedOnProperty());
        termFromField.valueProperty().bindBidirectional(t.termFromProperty());
        termToField.valueProperty().bindBidirectional(t.termToProperty());
        amountField.textProperty().bindBidirectional(t.amountProperty());
        Cells.labeledChoices(pricingField, PricingMethod.class, "");
        pricingField.valueProperty().bindBidirectional(t.pricingProperty());
        relatedPartyField.selectedProperty().bindBidirectional(t.relatedPartyProperty());
        registrationNoField.textProperty().bindBidirectional(t.registrationNoProperty());
        registeredOnField.valueProperty().bindBidirectional(t.registeredOnProperty());
        technicalIncomeField.textProperty().bindBidirectional(t.technicalIncomeProperty());
        valuationDoneField.selectedProperty().bindBidirectional(t.valuationDoneProperty());
        valuationAmountField.textProperty().bindBidirectional(t.valuationAmountProperty());
        valuationReportField.textProperty().bindBidirectional(t.valuationReportProperty());
        FieldErrors.validateOnLeave(contractNoField, () -> viewModel.validateField("contractNo"));
        FieldErrors.validateOnLeave(titleField, () -> viewModel.validateField("title"));
        FieldErrors.validateOnLeave(amountField, () -> viewModel.validateField("contractAmount"));
        Map<String, Label> errorLabels = Map.of("contractNo", contractNoError, "title", titleError,
                "contractAmount", amountError);
        Map<String, Node> fields = Map.of("contractNo", contractNoField, "title", titleField,
                "contractAmount", amountField, "results", resultsTable, "licenseKind", licenseKindField,
                "signedOn", signedOnField, "pricing", pricingField);
        FieldErrors.show(viewModel.fieldErrors(), errorLabels, fields);
    }

    private void bindResults() {
        LinkedResultsViewModel r = viewModel.results();
        resultLookupField.textProperty().bindBidirectional(r.lookupProperty());
        resultLookupField.setOnAction(e -> r.add());
        resultsMessage.textProperty().bind(r.messageProperty());
        resultsTable.setItems(r.results());
        Cells.value(resNoColumn, ResultRef::resultNo);
        Cells.value(resTitleColumn, ResultRef::title);
    }

    private void bindPublicity() {
        PublicityViewModel p = viewModel.publicity();
        pubStartField.valueProperty().bindBidirectional(p.startsOnProperty());
        pubEndField.valueProperty().bindBidirectional(p.endsOnProperty());
        earliestEndLabel.textProperty().bind(p.earliestEndProperty());
        pubPlaceField.textProperty().bindBidirectional(p.placeProperty());
        pubContentField.textProperty().bindBidirectional(p.contentProperty());
        objDateField.valueProperty().bindBidirectional(p.objReceivedOnProperty());
        objByField.textProperty().bindBidirectional(p.objRaisedByProperty());
        objContentField.textProperty().bindBidirectional(p.objContentProperty());
        objHandlingField.textProperty().bindBidirectional(p.objHandlingProperty());
        objClosedField.valueProperty().bindBidirectional(p.objClosedOnProperty());
        Cells.date(objDateColumn, Objection::receivedOn);
        Cells.value(objByColumn, Objection::raisedBy);
        Cells.value(objContentColumn, Objection::content);
        Cells.value(objHandlingColumn, Objection::handling);
        Cells.date(objClosedColumn, Objection::closedOn);
        RowTables.rows(objectionsTable, p, objAddButton, objUpdateButton, objRemoveButton, objError);
    }

    private void bindApprovals() {
        ApprovalsViewModel a = viewModel.approvals();
        requiredApprovalLabel.textProperty().bind(viewModel.requiredApprovalProperty());
        Cells.labeledChoices(apTierField, ApprovalTier.class, "");
        apTierField.valueProperty().bindBidirectional(a.tierProperty());
        apApproverField.textProperty().bindBidirectional(a.approverProperty());
        apDateField.valueProperty().bindBidirectional(a.approvedOnProperty());
        apMinutesField.textProperty().bindBidirectional(a.minutesRefProperty());
        apRelatedField.selectedProperty().bindBidirectional(a.relatedPartyStepProperty());
        Cells.labeled(apTierColumn, Approval::tier);
        Cells.value(apApproverColumn, Approval::approver);
        Cells.date(apDateColumn, Approval::approvedOn);
        Cells.value(apMinutesColumn, Approval::minutesRef);
        Cells.value(apRelatedColumn, x -> DealListViewModel.yesNo(x.relatedPartyStep()));
        RowTables.rows(approvalsTable, a, apAddButton, apUpdateButton, apRemoveButton, apError);
    }

    private void bindMoney() {
        positionLabel.textProperty().bind(viewModel.positionTextProperty());
        InstalmentsViewModel in = viewModel.instalments();
        inDueField.valueProperty().bindBidirectional(in.dueOnProperty());
        inAmountField.textProperty().bindBidirectional(in.amountProperty());
        inConditionField.textProperty().bindBidirectional(in.conditionProperty());
        Cells.date(inDueColumn, Instalment::dueOn);
        RowTables.money(inAmountColumn, Instalment::amount);
        Cells.value(inConditionColumn, Instalment::condition);
        RowTables.rows(instalmentsTable, in, inAddButton, inUpdateButton, inRemoveButton, inError);

        ReceiptsViewModel rc = viewModel.receipts();
        rcDateField.valueProperty().bindBidirectional(rc.receivedOnProperty());
        rcAmountField.textProperty().bindBidirectional(rc.amountProperty());
        rcVoucherField.textProperty().bindBidirectional(rc.voucherNoProperty());
        Cells.facet(rcInstalmentField, "", ReceiptsViewModel::describe);
        org.transferdesk.ui.Facets.bindChoices(rcInstalmentField, rc.savedInstalments());
        rcInstalmentField.valueProperty().bindBidirectional(rc.instalmentProperty());
        Cells.date(rcDateColumn, Receipt::receivedOn);
        RowTables.money(rcAmountColumn, Receipt::amount);
        Cells.value(rcVoucherColumn, Receipt::voucherNo);
        Cells.value(rcInstalmentColumn, rc::instalmentText);
        RowTables.rows(receiptsTable, rc, rcAddButton, rcUpdateButton, rcRemoveButton, rcError);
    }

    private void bindCosts() {
        CostsViewModel co = viewModel.costs();
        coDateField.valueProperty().bindBidirectional(co.incurredOnProperty());
        Cells.labeledChoices(coCategoryField, CostCategory.class, "");
        coCategoryField.valueProperty().bindBidirectional(co.categoryProperty());
        coAmountField.textProperty().bindBidirectional(co.amountProperty());
        coNoteField.textProperty().bindBidirectional(co.noteProperty());
        Cells.date(coDateColumn, Cost::incurredOn);
        Cells.labeled(coCategoryColumn, Cost::category);
        RowTables.money(coAmountColumn, Cost::amount);
        Cells.value(coNoteColumn, Cost::note);
        RowTables.rows(costsTable, co, coAddButton, coUpdateButton, coRemoveButton, coError);
    }

    private void bindEquity() {
        EquityViewModel e = viewModel.equity();
        companyField.setItems(e.companies());
        Cells.facet(companyField, "", Company::name);
        companyField.valueProperty().bindBidirectional(e.companyProperty());
        shareField.textProperty().bindBidirectional(e.shareProperty());
        regChangeField.valueProperty().bindBidirectional(e.registrationChangeOnProperty());
        equityTab.disableProperty().bind(viewModel.terms().modeProperty().isNotEqualTo(DealMode.EQUITY));
    }

    private void bindStatus() {
        currentStatusLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.statusProperty().get().label(), viewModel.statusProperty()));
        statusNewHint.visibleProperty().bind(viewModel.savedProperty().not());
        statusNewHint.managedProperty().bind(statusNewHint.visibleProperty());
        Runnable buttons = () -> statusButtons.getChildren().setAll(viewModel.allowedNext().stream().map(s -> {
            Button b = new Button(I18n.t("dealEditor.status.moveTo", s.label()));
            b.setId("status-" + s.name());
            b.setOnAction(e -> viewModel.changeStatus(s));
            b.disableProperty().bind(viewModel.busyProperty());
            return b;
        }).toList());
        viewModel.allowedNext().addListener((ListChangeListener<DealStatus>) c -> buttons.run());
        buttons.run();
    }

    @FXML
    private void onSave() {
        viewModel.save(ok -> { });
    }

    @FXML
    private void onClose() {
        closeRequest.run();
    }

    @FXML
    private void onAddResult() {
        viewModel.results().add();
    }

    @FXML
    private void onRemoveResult() {
        ResultRef selected = resultsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.results().remove(selected);
        }
    }

    @FXML
    private void onCloseObjection() {
        Objection selected = objectionsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.closeObjection(selected);
        }
    }
}
