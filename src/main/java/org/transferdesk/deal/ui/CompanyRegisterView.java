package org.transferdesk.deal.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.CompanyHolding;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;

/** The company register page: binds to {@link CompanyRegisterViewModel}; the form edits the selected company. */
public final class CompanyRegisterView extends ListPageView<CompanyHolding> {
    @FXML private ComboBox<CompanyOrigin> originFilter;
    @FXML private VBox formPane;
    @FXML private VBox problemsList;
    @FXML private TextField nameField;
    @FXML private TextField creditCodeField;
    @FXML private TextField capitalField;
    @FXML private ComboBox<CompanyOrigin> originField;
    @FXML private Label warningLabel;
    @FXML private Button saveButton;

    private final CompanyRegisterViewModel viewModel;

    public CompanyRegisterView(CompanyRegisterViewModel viewModel, ExportActions export) {
        super(viewModel, export, "companies.title");
        this.viewModel = viewModel;
    }

    @FXML
    @Override
    protected void initialize() {
        super.initialize();
        // the indicator also shows a save under way, as the register's did before it became a list page
        loadingIndicator.visibleProperty().bind(viewModel.busyProperty());
        formPane.visibleProperty().bind(viewModel.editingProperty());
        formPane.managedProperty().bind(formPane.visibleProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        creditCodeField.textProperty().bindBidirectional(viewModel.creditCodeProperty());
        capitalField.textProperty().bindBidirectional(viewModel.capitalProperty());
        Cells.labeledChoices(originField, CompanyOrigin.class, null);
        originField.valueProperty().bindBidirectional(viewModel.originProperty());
        warningLabel.textProperty().bind(viewModel.warningProperty());
        warningLabel.visibleProperty().bind(warningLabel.textProperty().isNotEmpty());
        warningLabel.managedProperty().bind(warningLabel.visibleProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        org.transferdesk.ui.FieldErrors.showList(viewModel.problems(), problemsList);
        viewModel.editingProperty().addListener((o, a, b) -> {
            if (b) {
                nameField.requestFocus();
            }
        });
    }

    @Override
    protected void open(CompanyHolding row) {
        viewModel.edit(row.company());
    }

    @Override
    protected void bindFilters() {
        Cells.labeledChoices(originFilter, CompanyOrigin.class, I18n.t("companies.allOrigins"));
        originFilter.valueProperty().bindBidirectional(viewModel.originFilterProperty());
    }

    @FXML
    private void onNew() {
        viewModel.newCompany();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onCancel() {
        viewModel.cancelEdit();
    }
}
