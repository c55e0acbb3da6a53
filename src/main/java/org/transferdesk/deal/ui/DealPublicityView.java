package org.transferdesk.deal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.transferdesk.deal.Objection;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;

/** The deal editor's publicity tab (R-PUB-PRICE): the notice and the objections raised against it. */
public final class DealPublicityView extends FxmlPaneView<PublicityViewModel> {
    @FXML private DatePicker pubStartField;
    @FXML private DatePicker pubEndField;
    @FXML private Label earliestEndLabel;
    @FXML private TextField pubPlaceField;
    @FXML private TextArea pubContentField;
    @FXML private TableView<Objection> objectionsTable;
    @FXML private DatePicker objDateField;
    @FXML private TextField objByField;
    @FXML private TextField objContentField;
    @FXML private TextField objHandlingField;
    @FXML private DatePicker objClosedField;
    @FXML private Button objAddButton;
    @FXML private Button objUpdateButton;
    @FXML private Button objRemoveButton;
    @FXML private Label objError;

    private final Supplier<LocalDate> today;

    /** {@code today}: the application's clock, the day an objection is closed on. */
    public DealPublicityView(PublicityViewModel publicity, Supplier<LocalDate> today) {
        super(publicity);
        this.today = today;
    }

    @Override
    protected void bind() {
        for (DatePicker p : List.of(pubStartField, pubEndField, objDateField, objClosedField)) {
            Cells.isoDates(p);
        }
        PublicityViewModel.Notice notice = viewModel.notice();
        pubStartField.valueProperty().bindBidirectional(notice.startsOn());
        pubEndField.valueProperty().bindBidirectional(notice.endsOn());
        earliestEndLabel.textProperty().bind(notice.earliestEnd());
        pubPlaceField.textProperty().bindBidirectional(notice.place());
        pubContentField.textProperty().bindBidirectional(notice.content());
        PublicityViewModel.ObjectionForm form = viewModel.objectionForm();
        objDateField.valueProperty().bindBidirectional(form.receivedOn());
        objByField.textProperty().bindBidirectional(form.raisedBy());
        objContentField.textProperty().bindBidirectional(form.content());
        objHandlingField.textProperty().bindBidirectional(form.handling());
        objClosedField.valueProperty().bindBidirectional(form.closedOn());
        Cells.columns(objectionsTable, List.of(ListColumn.date("dealEditor.objection.receivedOn", 100, Objection::receivedOn),
                ListColumn.text("dealEditor.objection.raisedBy", 110, Objection::raisedBy),
                ListColumn.text("dealEditor.objection.content", 280, Objection::content),
                ListColumn.text("dealEditor.objection.handling", 240, Objection::handling),
                ListColumn.date("dealEditor.objection.closedOn", 110, Objection::closedOn)));
        RowTables.rows(objectionsTable, viewModel, objAddButton, objUpdateButton, objRemoveButton, objError);
    }

    @FXML
    private void onCloseObjection() {
        Objection selected = objectionsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.close(selected, today.get());
        }
    }
}
