package org.transferdesk.deal.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ObservableMap;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.ui.SearchPicker;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.ui.AssigneeField;
import org.transferdesk.ui.Assignees.Assignee;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;

/** The deal editor's terms tab: the contract's terms and its linked results. */
public final class DealTermsView extends FxmlPaneView<DealTermsViewModel> {
    @FXML private TextField contractNoField;
    @FXML private SearchPicker<Counterparty> counterpartyField;
    @FXML private TextField titleField;
    @FXML private ComboBox<DealMode> modeField;
    @FXML private ComboBox<LicenseKind> licenseKindField;
    @FXML private DatePicker signedOnField;
    @FXML private DatePicker termFromField;
    @FXML private DatePicker termToField;
    @FXML private TextField amountField;
    @FXML private ComboBox<PricingMethod> pricingField;
    @FXML private CheckBox relatedPartyField;
    @FXML private ComboBox<Assignee> managerField;
    @FXML private Label managerLabel;
    @FXML private TextField registrationNoField;
    @FXML private DatePicker registeredOnField;
    @FXML private TextField technicalIncomeField;
    @FXML private CheckBox valuationDoneField;
    @FXML private TextField valuationAmountField;
    @FXML private TextField valuationReportField;
    @FXML private Label contractNoError;
    @FXML private Label titleError;
    @FXML private Label amountError;
    @FXML private SearchPicker<ResultRef> resultLookupField;
    @FXML private TableView<ResultRef> resultsTable;

    private final LinkedResultsViewModel results;
    private final ObservableMap<String, String> fieldErrors;
    private final Consumer<String> validateField;

    /** {@code fieldErrors} and {@code validateField} are the editor's: a field's rules may read other tabs. */
    public DealTermsView(DealTermsViewModel terms, LinkedResultsViewModel results,
                         ObservableMap<String, String> fieldErrors, Consumer<String> validateField) {
        super(terms);
        this.results = results;
        this.fieldErrors = fieldErrors;
        this.validateField = validateField;
    }

    @Override
    protected void bind() {
        for (DatePicker p : List.of(signedOnField, termFromField, termToField, registeredOnField)) {
            Cells.isoDates(p);
        }
        bindTerms();
        bindResults();
    }

    private void bindTerms() {
        DealTermsViewModel t = viewModel;
        DealTermsViewModel.Contract c = t.contract();
        DealTermsViewModel.Registration r = t.registration();
        DealTermsViewModel.Valuation v = t.valuation();
        contractNoField.textProperty().bindBidirectional(c.contractNo());
        titleField.textProperty().bindBidirectional(c.title());
        Cells.labeledChoices(modeField, DealMode.class, null);
        modeField.valueProperty().bindBidirectional(c.mode());
        Cells.labeledChoices(licenseKindField, LicenseKind.class, "");
        licenseKindField.valueProperty().bindBidirectional(c.licenseKind());
        licenseKindField.disableProperty().bind(t.licenceProperty().not());
        Bindings.bindContent(counterpartyField.getItems(), t.counterparties());
        counterpartyField.describe(Counterparty::name, cp -> cp.creditCode() == null ? "" : cp.creditCode());
        counterpartyField.onCreate(t::newCounterparty);
        counterpartyField.valueProperty().bindBidirectional(c.counterparty());
        signedOnField.valueProperty().bindBidirectional(c.signedOn());
        termFromField.valueProperty().bindBidirectional(c.termFrom());
        termToField.valueProperty().bindBidirectional(c.termTo());
        amountField.textProperty().bindBidirectional(c.amount());
        Cells.labeledChoices(pricingField, PricingMethod.class, "");
        pricingField.valueProperty().bindBidirectional(c.pricing());
        relatedPartyField.selectedProperty().bindBidirectional(c.relatedParty());
        AssigneeField.bind(managerField, managerLabel, t.manager());
        registrationNoField.textProperty().bindBidirectional(r.number());
        registeredOnField.valueProperty().bindBidirectional(r.registeredOn());
        technicalIncomeField.textProperty().bindBidirectional(r.technicalIncome());
        valuationDoneField.selectedProperty().bindBidirectional(v.done());
        valuationAmountField.textProperty().bindBidirectional(v.amount());
        valuationReportField.textProperty().bindBidirectional(v.reportRef());
        FieldErrors.validateOnLeave(contractNoField, () -> validateField.accept("contractNo"));
        FieldErrors.validateOnLeave(titleField, () -> validateField.accept("title"));
        FieldErrors.validateOnLeave(amountField, () -> validateField.accept("contractAmount"));
        Map<String, Label> errorLabels = Map.of("contractNo", contractNoError, "title", titleError,
                "contractAmount", amountError);
        Map<String, Node> fields = Map.of("contractNo", contractNoField, "title", titleField,
                "contractAmount", amountField, "results", resultsTable, "licenseKind", licenseKindField,
                "signedOn", signedOnField, "pricing", pricingField);
        FieldErrors.show(fieldErrors, errorLabels, fields);
    }

    private void bindResults() {
        LinkedResultsViewModel r = results;
        resultLookupField.describe(LinkedResultsViewModel::shown, ref -> "");
        resultLookupField.searchWith(r::candidates, r.executor());
        // a pick is linked and the picker empties for the next one
        resultLookupField.valueProperty().addListener((o, was, picked) -> {
            if (picked != null) {
                r.link(picked);
                resultLookupField.setValue(null);
            }
        });
        resultsTable.setItems(r.results());
        Cells.columns(resultsTable, List.of(ListColumn.text("result.resultNo", 130, ResultRef::resultNo),
                ListColumn.text("result.title", 500, ResultRef::title)));
    }

    @FXML
    private void onAddResult() {
        resultLookupField.takeFirst();
    }

    @FXML
    private void onRemoveResult() {
        ResultRef selected = resultsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            results.remove(selected);
        }
    }
}
