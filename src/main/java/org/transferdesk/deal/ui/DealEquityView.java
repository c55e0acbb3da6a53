package org.transferdesk.deal.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.transferdesk.deal.Company;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ViewLoader;

/** The deal editor's equity tab (作价投资): the company, the university's share, the registration change. */
public final class DealEquityView {
    @FXML private ComboBox<Company> companyField;
    @FXML private TextField shareField;
    @FXML private DatePicker regChangeField;

    private final EquityViewModel equity;

    public DealEquityView(EquityViewModel equity) {
        this.equity = equity;
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Cells.isoDates(regChangeField);
        EquityViewModel e = equity;
        companyField.setItems(e.companies());
        Cells.facet(companyField, "", Company::name);
        companyField.valueProperty().bindBidirectional(e.companyProperty());
        shareField.textProperty().bindBidirectional(e.shareProperty());
        regChangeField.valueProperty().bindBidirectional(e.registrationChangeOnProperty());
    }
}
