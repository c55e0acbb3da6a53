package org.transferdesk.outreach.ui;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.ui.LinkedResultsViewModel;
import org.transferdesk.outreach.CompanyRef;
import org.transferdesk.outreach.EventKind;
import org.transferdesk.outreach.Lead;
import org.transferdesk.outreach.LeadStatus;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.SearchPicker;
import org.transferdesk.ui.SessionWindowView;

/** The event editor: binds to {@link EventEditorViewModel} and delegates every command to it. */
public final class EventEditorView extends SessionWindowView<EventEditorViewModel> {
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<EventKind> kindField;
    @FXML private CheckBox onlineField;
    @FXML private DatePicker startsOnField;
    @FXML private Label startsOnError;
    @FXML private DatePicker endsOnField;
    @FXML private Label endsOnError;
    @FXML private TextField placeField;
    @FXML private TextField organiserField;
    @FXML private TextArea notesField;
    @FXML private SearchPicker<ResultRef> resultPicker;
    @FXML private TableView<ResultRef> resultsTable;
    @FXML private Button removeResultButton;
    @FXML private SearchPicker<Counterparty> companyPicker;
    @FXML private TableView<CompanyRef> companiesTable;
    @FXML private Button removeCompanyButton;
    @FXML private TableView<Lead> leadsTable;
    @FXML private ComboBox<CompanyRef> leadCompanyField;
    @FXML private ComboBox<ResultRef> leadResultField;
    @FXML private ComboBox<LeadStatus> leadStatusField;
    @FXML private ComboBox<DealSummary> leadDealField;
    @FXML private TextField leadNoteField;
    @FXML private Button addLeadButton;
    @FXML private Button updateLeadButton;
    @FXML private Button removeLeadButton;
    @FXML private Label leadError;

    public EventEditorView(EventEditorViewModel viewModel, Runnable closeRequest) {
        super(viewModel, closeRequest);
    }

    @Override
    protected void bind() {
        bindForm();
        bindResults();
        bindCompanies();
        bindLeads();
    }

    private void bindForm() {
        EventEditorViewModel.Form form = viewModel.form();
        titleField.textProperty().bindBidirectional(form.title());
        Cells.labeledChoices(kindField, EventKind.class, "");
        kindField.valueProperty().bindBidirectional(form.kind());
        onlineField.selectedProperty().bindBidirectional(form.online());
        Cells.isoDates(startsOnField);
        Cells.isoDates(endsOnField);
        startsOnField.valueProperty().bindBidirectional(form.startsOn());
        endsOnField.valueProperty().bindBidirectional(form.endsOn());
        placeField.textProperty().bindBidirectional(form.place());
        organiserField.textProperty().bindBidirectional(form.organiser());
        notesField.textProperty().bindBidirectional(form.notes());
        FieldErrors.validateOnLeave(titleField, () -> viewModel.validateField("title"));
        form.startsOn().addListener((o, a, b) -> viewModel.validateField("endsOn"));
        form.endsOn().addListener((o, a, b) -> viewModel.validateField("endsOn"));
        FieldErrors.show(viewModel.fieldErrors(), Map.of("title", titleError, "startsOn", startsOnError,
                "endsOn", endsOnError), Map.<String, Node>of("title", titleField, "startsOn", startsOnField,
                "endsOn", endsOnField, "leads", leadsTable));
    }

    private void bindResults() {
        LinkedResultsViewModel r = viewModel.results();
        resultPicker.describe(LinkedResultsViewModel::shown, ref -> "");
        resultPicker.searchWith(r::candidates, r.executor());
        resultPicker.valueProperty().addListener((o, was, picked) -> {
            if (picked != null) {
                r.link(picked);
                resultPicker.setValue(null);
            }
        });
        resultsTable.setItems(r.results());
        Cells.columns(resultsTable, List.of(ListColumn.text("result.resultNo", 130, ResultRef::resultNo),
                ListColumn.text("result.title", 520, ResultRef::title)));
        removeResultButton.disableProperty().bind(resultsTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void bindCompanies() {
        companyPicker.describe(Counterparty::name, c -> c.creditCode() == null ? "" : c.creditCode());
        javafx.beans.binding.Bindings.bindContent(companyPicker.getItems(), viewModel.candidates());
        companyPicker.onCreate(viewModel::newCounterparty);
        companyPicker.valueProperty().addListener((o, was, picked) -> {
            if (picked != null) {
                viewModel.attend(picked);
                companyPicker.setValue(null);
            }
        });
        companiesTable.setItems(viewModel.companies());
        Cells.columns(companiesTable, List.of(ListColumn.text("counterparty.name", 520, CompanyRef::name)));
        removeCompanyButton.disableProperty().bind(
                companiesTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void bindLeads() {
        LeadRows leads = viewModel.leads();
        Cells.columns(leadsTable, List.of(ListColumn.text("outreachLead.company", 200, Lead::company),
                ListColumn.text("outreachLead.result", 200, Lead::result),
                ListColumn.labeled("outreachLead.status", 80, Lead::status),
                ListColumn.text("outreachLead.deal", 110, Lead::dealNo),
                ListColumn.text("outreachLead.note", 240, Lead::note)));
        leadsTable.setItems(leads.rows());
        leadsTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> leads.edit(row));
        addLeadButton.setOnAction(e -> leads.add());
        updateLeadButton.setOnAction(e -> leads.replace(leadsTable.getSelectionModel().getSelectedItem()));
        removeLeadButton.setOnAction(e -> leads.remove(leadsTable.getSelectionModel().getSelectedItem()));
        updateLeadButton.disableProperty().bind(leadsTable.getSelectionModel().selectedItemProperty().isNull());
        removeLeadButton.disableProperty().bind(leadsTable.getSelectionModel().selectedItemProperty().isNull());
        leadError.textProperty().bind(leads.errorProperty());
        Cells.facet(leadCompanyField, "", CompanyRef::name);
        Facets.bindChoices(leadCompanyField, viewModel.companies());
        leadCompanyField.valueProperty().bindBidirectional(leads.company());
        Cells.facet(leadResultField, I18n.t("outreachLead.noResult"), LinkedResultsViewModel::shown);
        Facets.bindChoices(leadResultField, viewModel.results().results());
        leadResultField.valueProperty().bindBidirectional(leads.result());
        Cells.labeledChoices(leadStatusField, LeadStatus.class, "");
        leadStatusField.valueProperty().bindBidirectional(leads.status());
        Cells.facet(leadDealField, I18n.t("outreachLead.noDeal"), d -> d.contractNo() + "  " + d.title());
        Facets.bindChoices(leadDealField, leads.companyDeals());
        leadDealField.valueProperty().bindBidirectional(leads.deal());
        leadNoteField.textProperty().bindBidirectional(leads.note());
    }

    @FXML
    private void onAddResult() {
        resultPicker.takeFirst();
    }

    @FXML
    private void onRemoveResult() {
        ResultRef selected = resultsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.results().remove(selected);
        }
    }

    @FXML
    private void onAddCompany() {
        companyPicker.takeFirst();
    }

    @FXML
    private void onRemoveCompany() {
        CompanyRef selected = companiesTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.removeCompany(selected);
        }
    }
}
