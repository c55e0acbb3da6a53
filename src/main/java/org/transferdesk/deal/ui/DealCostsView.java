package org.transferdesk.deal.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;

/** The deal editor's costs tab: what the conversion cost the university. */
public final class DealCostsView extends FxmlPaneView<CostsViewModel> {
    @FXML private TableView<Cost> costsTable;
    @FXML private DatePicker coDateField;
    @FXML private ComboBox<CostCategory> coCategoryField;
    @FXML private TextField coAmountField;
    @FXML private TextField coNoteField;
    @FXML private Button coAddButton;
    @FXML private Button coUpdateButton;
    @FXML private Button coRemoveButton;
    @FXML private Label coError;

    public DealCostsView(CostsViewModel costs) {
        super(costs);
    }

    @Override
    protected void bind() {
        Cells.isoDates(coDateField);
        CostsViewModel.Form form = viewModel.form();
        coDateField.valueProperty().bindBidirectional(form.incurredOn());
        Cells.labeledChoices(coCategoryField, CostCategory.class, "");
        coCategoryField.valueProperty().bindBidirectional(form.category());
        coAmountField.textProperty().bindBidirectional(form.amount());
        coNoteField.textProperty().bindBidirectional(form.note());
        Cells.columns(costsTable, List.of(ListColumn.date("dealEditor.cost.date", 110, Cost::incurredOn),
                ListColumn.labeled("dealEditor.cost.category", 120, Cost::category),
                ListColumn.money("dealEditor.amount", 130, Cost::amount),
                ListColumn.text("dealEditor.cost.note", 300, Cost::note)));
        RowTables.rows(costsTable, viewModel, coAddButton, coUpdateButton, coRemoveButton, coError);
    }
}
