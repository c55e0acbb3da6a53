package org.transferdesk.deal.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.transferdesk.deal.CompanyHolding;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.RegisterTableView;

/** The company register page: binds to {@link CompanyRegisterViewModel}; the form edits the selected company. */
public final class CompanyRegisterView extends RegisterTableView<CompanyHolding> {
    @FXML private TextField creditCodeField;
    @FXML private TextField capitalField;
    @FXML private ComboBox<CompanyOrigin> originField;
    @FXML private Label warningLabel;

    private final CompanyRegisterViewModel viewModel;

    public CompanyRegisterView(CompanyRegisterViewModel viewModel, ExportActions export) {
        super(viewModel, export, "companies.title", row -> viewModel.edit(row.company()));
        this.viewModel = viewModel;
    }

    @Override
    protected void bindForm() {
        CompanyRegisterViewModel.Form form = viewModel.form();
        nameField.textProperty().bindBidirectional(form.name());
        creditCodeField.textProperty().bindBidirectional(form.creditCode());
        capitalField.textProperty().bindBidirectional(form.capital());
        Cells.labeledChoices(originField, CompanyOrigin.class, null);
        originField.valueProperty().bindBidirectional(form.origin());
        warningLabel.textProperty().bind(viewModel.warningProperty());
        warningLabel.visibleProperty().bind(warningLabel.textProperty().isNotEmpty());
        warningLabel.managedProperty().bind(warningLabel.visibleProperty());
    }
}
