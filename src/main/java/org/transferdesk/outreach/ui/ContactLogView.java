package org.transferdesk.outreach.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.transferdesk.outreach.ContactEntry;
import org.transferdesk.outreach.ContactWay;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;

/** The contact log pane (the counterparty editor's 联络记录 tab): binds to {@link ContactLogViewModel}. */
public final class ContactLogView extends FxmlPaneView<ContactLogViewModel> {
    @FXML private TableView<ContactEntry> entriesTable;
    @FXML private GridPane entryForm;
    @FXML private DatePicker onField;
    @FXML private ComboBox<ContactWay> wayField;
    @FXML private TextField whoField;
    @FXML private TextField metWithField;
    @FXML private TextArea summaryField;
    @FXML private TextField nextStepField;
    @FXML private DatePicker nextDueField;
    @FXML private CheckBox nextDoneField;
    @FXML private Label errorLabel;

    public ContactLogView(ContactLogViewModel viewModel) {
        super(viewModel);
    }

    @Override
    protected void bind() {
        Cells.columns(entriesTable, List.of(ListColumn.date("outreachContact.on", 95, ContactEntry::contactedOn),
                ListColumn.labeled("outreachContact.way", 50, ContactEntry::way),
                ListColumn.text("outreachContact.who", 75, ContactEntry::who),
                ListColumn.text("outreachContact.metWith", 85, ContactEntry::metWith),
                ListColumn.text("outreachContact.summary", 230, ContactEntry::summary),
                ListColumn.text("outreachContact.nextStep", 200, ContactLogViewModel::nextStepText)));
        entriesTable.setItems(viewModel.entries());
        entriesTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> viewModel.edit(row));
        ContactLogViewModel.Form form = viewModel.form();
        Cells.isoDates(onField);
        Cells.isoDates(nextDueField);
        onField.valueProperty().bindBidirectional(form.contactedOn());
        Cells.labeledChoices(wayField, ContactWay.class, "");
        wayField.valueProperty().bindBidirectional(form.way());
        whoField.textProperty().bindBidirectional(form.who());
        metWithField.textProperty().bindBidirectional(form.metWith());
        summaryField.textProperty().bindBidirectional(form.summary());
        nextStepField.textProperty().bindBidirectional(form.nextStep());
        nextDueField.valueProperty().bindBidirectional(form.nextDue());
        nextDoneField.selectedProperty().bindBidirectional(form.nextDone());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        entryForm.disableProperty().bind(viewModel.readyProperty().not());
    }

    @FXML
    private void onNew() {
        entriesTable.getSelectionModel().clearSelection();
        viewModel.newEntry();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }
}
