package org.transferdesk.institution.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.TableSorting;
import org.transferdesk.ui.ViewLoader;

/** The register of jointly built institutions: binds to {@link InstitutionRegisterViewModel}; the form edits one. */
public final class InstitutionRegisterView {
    @FXML private TextField searchField;
    @FXML private ComboBox<InstitutionKind> kindFilter;
    @FXML private CheckBox runningOnlyBox;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<JointInstitution> table;
    @FXML private TableColumn<JointInstitution, String> nameColumn;
    @FXML private TableColumn<JointInstitution, String> kindColumn;
    @FXML private TableColumn<JointInstitution, String> partnerColumn;
    @FXML private TableColumn<JointInstitution, Integer> foundedColumn;
    @FXML private TableColumn<JointInstitution, String> closedColumn;
    @FXML private TableColumn<JointInstitution, String> noteColumn;
    @FXML private VBox formPane;
    @FXML private VBox problemsList;
    @FXML private TextField nameField;
    @FXML private ComboBox<InstitutionKind> kindField;
    @FXML private SearchableComboBox<Counterparty> partnerField;
    @FXML private TextField partnerNameField;
    @FXML private TextField foundedYearField;
    @FXML private TextField closedYearField;
    @FXML private TextField noteField;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;

    private final InstitutionRegisterViewModel viewModel;
    private final ExportActions export;

    public InstitutionRegisterView(InstitutionRegisterViewModel viewModel, ExportActions export) {
        this.viewModel = viewModel;
        this.export = export;
    }

    public Page build() {
        Parent node = ViewLoader.load(this);
        viewModel.load();
        return new Page(node, viewModel.totalsProperty());
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        Cells.labeledChoices(kindFilter, InstitutionKind.class, I18n.t("institutions.allKinds"));
        kindFilter.valueProperty().bindBidirectional(viewModel.kindFilterProperty());
        runningOnlyBox.selectedProperty().bindBidirectional(viewModel.runningOnlyProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());

        Cells.value(nameColumn, JointInstitution::name);
        Cells.labeled(kindColumn, JointInstitution::kind);
        Cells.value(partnerColumn, JointInstitution::partnerName);
        Cells.value(foundedColumn, JointInstitution::foundedYear);
        Cells.value(closedColumn, i -> i.closedYear() == null ? I18n.t("institutions.running")
                : i.closedYear().toString());
        Cells.value(noteColumn, JointInstitution::note);
        TableSorting.show(table, viewModel.sortedRows());
        TableKeys.openOnDoubleClickOrEnter(table, viewModel::edit);
        TableKeys.filterBoxLeadsInto(searchField, table);
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.busyProperty()));

        formPane.visibleProperty().bind(viewModel.editingProperty());
        formPane.managedProperty().bind(formPane.visibleProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        Cells.labeledChoices(kindField, InstitutionKind.class, null);
        kindField.valueProperty().bindBidirectional(viewModel.kindProperty());
        Cells.facet(partnerField, I18n.t("institutions.noPartner"), Counterparty::name);
        Facets.bindChoices(partnerField, viewModel.partners());
        partnerField.valueProperty().bindBidirectional(viewModel.partnerProperty());
        // a typed name is for a partner outside the counterparty list only
        partnerNameField.disableProperty().bind(viewModel.partnerProperty().isNotNull());
        partnerNameField.textProperty().bindBidirectional(viewModel.partnerNameProperty());
        foundedYearField.textProperty().bindBidirectional(viewModel.foundedYearProperty());
        closedYearField.textProperty().bindBidirectional(viewModel.closedYearProperty());
        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        org.transferdesk.ui.FieldErrors.showList(viewModel.problems(), problemsList);
        viewModel.editingProperty().addListener((o, a, b) -> {
            if (b) {
                nameField.requestFocus();
            }
        });
    }

    @FXML
    private void onNew() {
        viewModel.newInstitution();
    }

    @FXML
    private void onEdit() {
        JointInstitution selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.edit(selected);
        }
    }

    @FXML
    private void onDelete() {
        viewModel.delete(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onCancel() {
        viewModel.cancelEdit();
    }

    @FXML
    private void onExportXlsx() {
        export.exportXlsx(I18n.t("institutions.title"), InstitutionRegisterViewModel.exportHeaders(),
                viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportCsv() {
        export.exportCsv(I18n.t("institutions.title"), InstitutionRegisterViewModel.exportHeaders(),
                viewModel::visibleRowsForExport);
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }
}
