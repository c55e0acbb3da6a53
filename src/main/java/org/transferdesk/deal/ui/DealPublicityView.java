package org.transferdesk.deal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.transferdesk.deal.Objection;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ViewLoader;

/** The deal editor's publicity tab (R-PUB-PRICE): the notice and the objections raised against it. */
public final class DealPublicityView {
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

    private final PublicityViewModel publicity;
    private final Supplier<LocalDate> today;

    /** {@code today}: the application's clock, the day an objection is closed on. */
    public DealPublicityView(PublicityViewModel publicity, Supplier<LocalDate> today) {
        this.publicity = publicity;
        this.today = today;
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        for (DatePicker p : List.of(pubStartField, pubEndField, objDateField, objClosedField)) {
            Cells.isoDates(p);
        }
        PublicityViewModel p = publicity;
        pubStartField.valueProperty().bindBidirectional(p.startsOnProperty());
        pubEndField.valueProperty().bindBidirectional(p.endsOnProperty());
        earliestEndLabel.textProperty().bind(p.earliestEndProperty());
        pubPlaceField.textProperty().bindBidirectional(p.placeProperty());
        pubContentField.textProperty().bindBidirectional(p.contentProperty());
        objDateField.valueProperty().bindBidirectional(p.objReceivedOnProperty());
        objByField.textProperty().bindBidirectional(p.objRaisedByProperty());
        objContentField.textProperty().bindBidirectional(p.objContentProperty());
        objHandlingField.textProperty().bindBidirectional(p.objHandlingProperty());
        objClosedField.valueProperty().bindBidirectional(p.objClosedOnProperty());
        Cells.columns(objectionsTable, List.of(ListColumn.date("dealEditor.objection.receivedOn", 100, Objection::receivedOn),
                ListColumn.text("dealEditor.objection.raisedBy", 110, Objection::raisedBy),
                ListColumn.text("dealEditor.objection.content", 280, Objection::content),
                ListColumn.text("dealEditor.objection.handling", 240, Objection::handling),
                ListColumn.date("dealEditor.objection.closedOn", 110, Objection::closedOn)));
        RowTables.rows(objectionsTable, p, objAddButton, objUpdateButton, objRemoveButton, objError);
    }

    @FXML
    private void onCloseObjection() {
        Objection selected = objectionsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            publicity.close(selected, today.get());
        }
    }
}
