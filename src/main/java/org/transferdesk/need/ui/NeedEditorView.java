package org.transferdesk.need.ui;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.transferdesk.audit.ui.HistoryTab;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.ui.LinkedResultsViewModel;
import org.transferdesk.need.NeedMove;
import org.transferdesk.need.NeedSource;
import org.transferdesk.need.NeedStatus;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.NodeVisibility;
import org.transferdesk.ui.SearchPicker;
import org.transferdesk.ui.SessionWindowView;

/** The need editor: binds to {@link NeedEditorViewModel} and delegates every command to it. */
public final class NeedEditorView extends SessionWindowView<NeedEditorViewModel> {
    @FXML private SearchPicker<Counterparty> companyField;
    @FXML private Label companyError;
    @FXML private HBox newCompanyPane;
    @FXML private Label newCompanyLabel;
    @FXML private TextField newCompanyNameField;
    @FXML private TextField newCompanyCodeField;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private TextField fieldField;
    @FXML private ComboBox<NeedSource> sourceField;
    @FXML private TextField budgetMinField;
    @FXML private TextField budgetMaxField;
    @FXML private Label budgetError;
    @FXML private DatePicker deadlineField;
    @FXML private Label statusLabel;
    @FXML private TextField contactNameField;
    @FXML private TextField contactPhoneField;
    @FXML private TextField contactEmailField;
    @FXML private Label contactEmailError;
    @FXML private TextArea descriptionField;
    @FXML private SearchPicker<ResultRef> resultLookupField;
    @FXML private Button removeResultButton;
    @FXML private TableView<ResultRef> resultsTable;
    @FXML private Label dealLabel;
    @FXML private ComboBox<ResultRef> dealResultField;
    @FXML private Button draftDealButton;
    @FXML private ComboBox<NeedStatus> moveToField;
    @FXML private TextField closeReasonField;
    @FXML private Button moveButton;
    @FXML private TableView<NeedMove> movesTable;
    @FXML private HistoryTab historyController;

    public NeedEditorView(NeedEditorViewModel viewModel, Runnable closeRequest) {
        super(viewModel, closeRequest);
    }

    @Override
    protected void bind() {
        bindForm();
        bindResults();
        bindStatus();
        historyController.bind(viewModel.history());
    }

    private void bindForm() {
        NeedEditorViewModel.Form form = viewModel.form();
        Bindings.bindContent(companyField.getItems(), viewModel.companies());
        companyField.describe(Counterparty::name, c -> c.creditCode() == null ? "" : c.creditCode());
        companyField.onCreate(viewModel::newCompany);
        companyField.valueProperty().bindBidirectional(form.company());
        NodeVisibility.shownWhen(newCompanyPane, form.newCompany());
        NodeVisibility.shownWhen(newCompanyLabel, form.newCompany());
        companyField.disableProperty().bind(form.newCompany());
        newCompanyNameField.textProperty().bindBidirectional(form.newCompanyName());
        newCompanyCodeField.textProperty().bindBidirectional(form.newCompanyCode());
        titleField.textProperty().bindBidirectional(form.title());
        fieldField.textProperty().bindBidirectional(form.field());
        Cells.labeledChoices(sourceField, NeedSource.class, null);
        sourceField.valueProperty().bindBidirectional(form.source());
        budgetMinField.textProperty().bindBidirectional(form.budgetMin());
        budgetMaxField.textProperty().bindBidirectional(form.budgetMax());
        Cells.isoDates(deadlineField);
        deadlineField.valueProperty().bindBidirectional(form.deadline());
        statusLabel.textProperty().bind(viewModel.status().currentLabel());
        contactNameField.textProperty().bindBidirectional(form.contactName());
        contactPhoneField.textProperty().bindBidirectional(form.contactPhone());
        contactEmailField.textProperty().bindBidirectional(form.contactEmail());
        descriptionField.textProperty().bindBidirectional(form.description());
        FieldErrors.validateOnLeave(titleField, () -> viewModel.validateField("title"));
        FieldErrors.validateOnLeave(budgetMinField, () -> viewModel.validateField("budget"));
        FieldErrors.validateOnLeave(budgetMaxField, () -> viewModel.validateField("budget"));
        FieldErrors.validateOnLeave(contactEmailField, () -> viewModel.validateField("contactEmail"));
        FieldErrors.validateOnLeave(newCompanyNameField, () -> viewModel.validateField("company"));
        FieldErrors.validateOnLeave(newCompanyCodeField, () -> viewModel.validateField("company"));
        FieldErrors.show(viewModel.fieldErrors(), Map.of("company", companyError, "title", titleError,
                        "budget", budgetError, "contactEmail", contactEmailError),
                Map.of("company", companyField, "title", titleField, "budget", budgetMinField,
                        "contactEmail", contactEmailField, "deadline", deadlineField, "source", sourceField,
                        "status", moveToField, "closedReason", closeReasonField));
    }

    private void bindResults() {
        LinkedResultsViewModel r = viewModel.results();
        resultLookupField.describe(LinkedResultsViewModel::shown, ref -> "");
        resultLookupField.searchWith(r::candidates, r.executor());
        resultLookupField.valueProperty().addListener((o, was, picked) -> {
            if (picked != null) {
                r.link(picked);
                resultLookupField.setValue(null);
            }
        });
        resultsTable.setItems(r.results());
        Cells.columns(resultsTable, List.of(ListColumn.text("result.resultNo", 130, ResultRef::resultNo),
                ListColumn.text("result.title", 500, ResultRef::title)));
        removeResultButton.disableProperty().bind(resultsTable.getSelectionModel().selectedItemProperty().isNull());
        Cells.facet(dealResultField, I18n.t("needEditor.noResultForDeal"), LinkedResultsViewModel::shown);
        Facets.bindChoices(dealResultField, r.results());
        dealResultField.valueProperty().bindBidirectional(viewModel.dealResultProperty());
        dealLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.dealTextProperty().get().isEmpty()
                ? I18n.t("needEditor.noDeal") : I18n.t("needEditor.dealLinked", viewModel.dealTextProperty().get()),
                viewModel.dealTextProperty()));
        draftDealButton.disableProperty().bind(viewModel.mayDraftDealProperty().not().or(viewModel.busyProperty()));
        dealResultField.disableProperty().bind(viewModel.mayDraftDealProperty().not());
    }

    private void bindStatus() {
        Cells.facet(moveToField, I18n.t("needEditor.moveTo"), NeedStatus::label);
        Facets.bindChoices(moveToField, viewModel.status().allowedNext());
        closeReasonField.textProperty().bindBidirectional(viewModel.closeReasonProperty());
        moveButton.disableProperty().bind(moveToField.valueProperty().isNull().or(viewModel.busyProperty()));
        Cells.columns(movesTable, List.of(ListColumn.date("needEditor.moveOn", 100, NeedMove::on),
                ListColumn.labeled("needEditor.moveFrom", 90, NeedMove::from),
                ListColumn.labeled("needEditor.moveToColumn", 90, NeedMove::to),
                ListColumn.text("needEditor.moveBy", 120, NeedMove::by),
                ListColumn.text("need.closedReason", 300, NeedMove::reason)));
        movesTable.setItems(viewModel.moves());
    }

    @FXML
    private void onPickCompany() {
        viewModel.pickCompany();
    }

    @FXML
    private void onAddResult() {
        resultLookupField.takeFirst();
    }

    @FXML
    private void onRemoveResult() {
        ResultRef selected = resultsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.results().remove(selected);
        }
    }

    @FXML
    private void onDraftDeal() {
        viewModel.draftDeal();
    }

    @FXML
    private void onMove() {
        viewModel.move(moveToField.getValue());
    }
}
