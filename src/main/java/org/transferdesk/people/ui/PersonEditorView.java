package org.transferdesk.people.ui;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.audit.ui.HistoryTab;
import org.transferdesk.common.I18n;
import org.transferdesk.people.Department;
import org.transferdesk.people.IdType;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PersonResultRow;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.Navigator;
import org.transferdesk.ui.SessionWindowView;
import org.transferdesk.ui.TableKeys;

/** The person editor: binds to {@link PersonEditorViewModel} and delegates every command to it. */
public final class PersonEditorView extends SessionWindowView<PersonEditorViewModel> {
    @FXML private TextField staffNoField;
    @FXML private TextField nameField;
    @FXML private ComboBox<Department> departmentField;
    @FXML private ComboBox<LeaderRole> leaderRoleField;
    @FXML private ComboBox<IdType> idTypeField;
    @FXML private TextField idNumberField;
    @FXML private TextField contactField;
    @FXML private Label staffNoError;
    @FXML private Label nameError;
    @FXML private Label idNumberError;
    @FXML private TableView<PersonResultRow> resultsTable;
    @FXML private Tab episodesTab;
    @FXML private HistoryTab historyController;

    private final Navigator navigator;

    public PersonEditorView(PersonEditorViewModel viewModel, Navigator navigator, Runnable closeRequest) {
        super(viewModel, closeRequest);
        this.navigator = navigator;
    }

    @Override
    protected void bind() {
        bindForm();
        bindResults();
        episodesTab.setContent(new PersonEpisodesView(viewModel.episodes()).build());
        historyController.bind(viewModel.auditHistory());
    }

    private void bindForm() {
        PersonFormViewModel f = viewModel.form();
        staffNoField.textProperty().bindBidirectional(f.staffNoProperty());
        nameField.textProperty().bindBidirectional(f.nameProperty());
        Cells.facet(departmentField, I18n.t("person.noDepartment"), d -> d.active() ? d.name()
                : I18n.t("person.inactiveDepartment", d.name()));
        Facets.bindChoices(departmentField, f.departments());
        departmentField.valueProperty().bindBidirectional(f.departmentProperty());
        Cells.labeledChoices(leaderRoleField, LeaderRole.class, null);
        leaderRoleField.valueProperty().bindBidirectional(f.leaderRoleProperty());
        Cells.labeledChoices(idTypeField, IdType.class, null);
        idTypeField.valueProperty().bindBidirectional(f.idTypeProperty());
        // the checksum depends on the type: a number typed first is judged again under the type chosen after
        idTypeField.valueProperty().addListener((o, a, b) -> viewModel.validateField("idNumber"));
        idNumberField.textProperty().bindBidirectional(f.idNumberProperty());
        contactField.textProperty().bindBidirectional(f.contactProperty());
        FieldErrors.validateOnLeave(staffNoField, () -> viewModel.validateField("staffNo"));
        FieldErrors.validateOnLeave(nameField, () -> viewModel.validateField("name"));
        FieldErrors.validateOnLeave(idNumberField, () -> viewModel.validateField("idNumber"));
        Map<String, Label> errorLabels = Map.of("staffNo", staffNoError, "name", nameError, "idNumber", idNumberError);
        Map<String, Node> fields = Map.of("staffNo", staffNoField, "name", nameField, "idNumber", idNumberField);
        FieldErrors.show(viewModel.fieldErrors(), errorLabels, fields);
    }

    private void bindResults() {
        resultsTable.setItems(viewModel.results());
        Cells.columns(resultsTable, List.of(ListColumn.text("result.resultNo", 110, PersonResultRow::resultNo),
                ListColumn.text("result.title", 260, PersonResultRow::title),
                ListColumn.date("result.disclosedOn", 95, PersonResultRow::disclosedOn),
                ListColumn.<PersonResultRow>text("person.results.share", 80, r -> r.share().toString())
                        .aligned(ListColumn.Align.RIGHT),
                ListColumn.text("inventors.key", 110, r -> r.keyContributor() ? I18n.t("common.yes") : ""),
                ListColumn.labeled("result.status", 80, PersonResultRow::status)));
        TableKeys.openOnDoubleClickOrEnter(resultsTable, r -> navigator.openResult(r.disclosureId()));
    }
}
