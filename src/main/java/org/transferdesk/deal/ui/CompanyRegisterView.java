package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.deal.CompanyHolding;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.TableSorting;
import org.transferdesk.ui.ViewLoader;

/** The company register page: binds to {@link CompanyRegisterViewModel}; the form edits the selected company. */
public final class CompanyRegisterView {
    @FXML private TextField searchField;
    @FXML private ComboBox<CompanyOrigin> originFilter;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<CompanyHolding> table;
    @FXML private TableColumn<CompanyHolding, String> nameColumn;
    @FXML private TableColumn<CompanyHolding, String> creditCodeColumn;
    @FXML private TableColumn<CompanyHolding, String> originColumn;
    @FXML private TableColumn<CompanyHolding, String> capitalColumn;
    @FXML private TableColumn<CompanyHolding, BigDecimal> shareColumn;
    @FXML private TableColumn<CompanyHolding, String> amountColumn;
    @FXML private TableColumn<CompanyHolding, Integer> dealsColumn;
    @FXML private VBox formPane;
    @FXML private VBox problemsList;
    @FXML private TextField nameField;
    @FXML private TextField creditCodeField;
    @FXML private TextField capitalField;
    @FXML private ComboBox<CompanyOrigin> originField;
    @FXML private Label warningLabel;
    @FXML private Button saveButton;

    private final CompanyRegisterViewModel viewModel;
    private final ExportActions export;

    public CompanyRegisterView(CompanyRegisterViewModel viewModel, ExportActions export) {
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
        Cells.labeledChoices(originFilter, CompanyOrigin.class, I18n.t("companies.allOrigins"));
        originFilter.valueProperty().bindBidirectional(viewModel.originFilterProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());

        Cells.value(nameColumn, h -> h.company().name());
        Cells.value(creditCodeColumn, h -> h.company().creditCode());
        Cells.labeled(originColumn, h -> h.company().origin());
        Cells.value(capitalColumn, h -> Money.format(h.company().registeredCapital()));
        Cells.value(shareColumn, h -> h.dealCount() == 0 ? null : h.universityShare().percent());
        Cells.value(amountColumn, h -> h.dealCount() == 0 ? "" : Money.format(h.equityAmount()));
        Cells.value(dealsColumn, CompanyHolding::dealCount);
        TableSorting.show(table, viewModel.sortedRows());
        TableKeys.openOnDoubleClickOrEnter(table, h -> viewModel.edit(h.company()));
        TableKeys.filterBoxLeadsInto(searchField, table);

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

    @FXML
    private void onNew() {
        viewModel.newCompany();
    }

    @FXML
    private void onEdit() {
        CompanyHolding selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.edit(selected.company());
        }
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
        export.exportXlsx(I18n.t("companies.title"), CompanyRegisterViewModel.exportHeaders(),
                viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportCsv() {
        export.exportCsv(I18n.t("companies.title"), CompanyRegisterViewModel.exportHeaders(),
                viewModel::visibleRowsForExport);
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }
}
