package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ViewLoader;

/** The deal editor's costs tab: what the conversion cost the university. */
public final class DealCostsView {
    @FXML private TableView<Cost> costsTable;
    @FXML private TableColumn<Cost, LocalDate> coDateColumn;
    @FXML private TableColumn<Cost, String> coCategoryColumn;
    @FXML private TableColumn<Cost, BigDecimal> coAmountColumn;
    @FXML private TableColumn<Cost, String> coNoteColumn;
    @FXML private DatePicker coDateField;
    @FXML private ComboBox<CostCategory> coCategoryField;
    @FXML private TextField coAmountField;
    @FXML private TextField coNoteField;
    @FXML private Button coAddButton;
    @FXML private Button coUpdateButton;
    @FXML private Button coRemoveButton;
    @FXML private Label coError;

    private final CostsViewModel costs;

    public DealCostsView(CostsViewModel costs) {
        this.costs = costs;
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Cells.isoDates(coDateField);
        CostsViewModel co = costs;
        coDateField.valueProperty().bindBidirectional(co.incurredOnProperty());
        Cells.labeledChoices(coCategoryField, CostCategory.class, "");
        coCategoryField.valueProperty().bindBidirectional(co.categoryProperty());
        coAmountField.textProperty().bindBidirectional(co.amountProperty());
        coNoteField.textProperty().bindBidirectional(co.noteProperty());
        Cells.date(coDateColumn, Cost::incurredOn);
        Cells.labeled(coCategoryColumn, Cost::category);
        RowTables.money(coAmountColumn, Cost::amount);
        Cells.value(coNoteColumn, Cost::note);
        RowTables.rows(costsTable, co, coAddButton, coUpdateButton, coRemoveButton, coError);
    }
}
