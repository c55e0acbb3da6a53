package org.transferdesk.deal.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.transferdesk.deal.Company;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;

/** The deal editor's equity tab (作价投资): the company, the university's share, the registration change. */
public final class DealEquityView extends FxmlPaneView<EquityViewModel> {
    @FXML private ComboBox<Company> companyField;
    @FXML private TextField shareField;
    @FXML private DatePicker regChangeField;

    public DealEquityView(EquityViewModel equity) {
        super(equity);
    }

    @Override
    protected void bind() {
        Cells.isoDates(regChangeField);
        companyField.setItems(viewModel.companies());
        Cells.facet(companyField, "", Company::name);
        EquityViewModel.Form form = viewModel.form();
        companyField.valueProperty().bindBidirectional(form.company());
        shareField.textProperty().bindBidirectional(form.share());
        regChangeField.valueProperty().bindBidirectional(form.registrationChangeOn());
    }
}
