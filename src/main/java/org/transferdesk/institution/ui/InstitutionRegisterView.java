package org.transferdesk.institution.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.EditorChrome;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.ListPageView;

/** The register of jointly built institutions: binds to {@link InstitutionRegisterViewModel}; the form edits one. */
public final class InstitutionRegisterView extends ListPageView<JointInstitution> {
    @FXML private ComboBox<InstitutionKind> kindFilter;
    @FXML private CheckBox runningOnlyBox;
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
    @FXML private Button cancelButton;
    @FXML private Button deleteButton;

    private final InstitutionRegisterViewModel viewModel;

    public InstitutionRegisterView(InstitutionRegisterViewModel viewModel, ExportActions export) {
        super(viewModel, export, "institutions.title");
        this.viewModel = viewModel;
    }

    @Override
    protected void bindFilters() {
        Cells.labeledChoices(kindFilter, InstitutionKind.class, I18n.t("institutions.allKinds"));
        kindFilter.valueProperty().bindBidirectional(viewModel.kindFilterProperty());
        runningOnlyBox.selectedProperty().bindBidirectional(viewModel.runningOnlyProperty());
    }

    @Override
    protected void open(JointInstitution row) {
        viewModel.edit(row);
    }

    @FXML
    @Override
    protected void initialize() {
        super.initialize();
        // the indicator also shows a save or delete under way, as the register's did before it became a list page
        loadingIndicator.visibleProperty().bind(viewModel.busyProperty());
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
        // the form's save and cancel are an editor's, without the window: cancel closes the form
        EditorChrome.actions(saveButton, viewModel::save, cancelButton, viewModel::cancelEdit);
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
    private void onDelete() {
        viewModel.delete(table.getSelectionModel().getSelectedItem());
    }
}
