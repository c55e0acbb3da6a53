package org.transferdesk.institution.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.RegisterTableView;

/** The register of jointly built institutions: binds to {@link InstitutionRegisterViewModel}; the form edits one. */
public final class InstitutionRegisterView extends RegisterTableView<JointInstitution> {
    @FXML private ComboBox<InstitutionKind> kindField;
    @FXML private SearchableComboBox<Counterparty> partnerField;
    @FXML private TextField partnerNameField;
    @FXML private TextField foundedYearField;
    @FXML private TextField closedYearField;
    @FXML private TextField noteField;
    @FXML private Button deleteButton;

    private final InstitutionRegisterViewModel viewModel;

    public InstitutionRegisterView(InstitutionRegisterViewModel viewModel, ExportActions export) {
        super(viewModel, export, "institutions.title", viewModel::edit);
        this.viewModel = viewModel;
    }

    @Override
    protected void bindForm() {
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.busyProperty()));
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
    }

    @FXML
    private void onDelete() {
        viewModel.delete(table.getSelectionModel().getSelectedItem());
    }
}
