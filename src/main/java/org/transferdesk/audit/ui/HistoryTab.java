package org.transferdesk.audit.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.transferdesk.audit.AuditEntry;

/**
 * The editors' 修改记录 tab ({@code HistoryTab.fxml}), taken in with {@code <fx:include fx:id="history" …/>} so
 * the table, its columns and their ids are declared once; the editor hands it its entries through the injected
 * {@code historyController}. Each save is one line with its summary; the selected save's changes read one a line
 * below (the newest is selected as the entries arrive).
 */
public final class HistoryTab {
    @FXML private TableView<HistoryTable.Line> auditTable;
    @FXML private TableColumn<HistoryTable.Line, String> auAtColumn;
    @FXML private TableColumn<HistoryTable.Line, String> auActorColumn;
    @FXML private TableColumn<HistoryTable.Line, String> auActionColumn;
    @FXML private TableColumn<HistoryTable.Line, String> auSummaryColumn;
    @FXML private TextArea auDetails;

    @FXML
    private void initialize() {
        // the summary is the line that says what a save did: it takes the width the other columns leave, on every
        // editor's tab, instead of scrolling sideways
        auditTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var selected = auditTable.getSelectionModel().selectedItemProperty();
        auDetails.textProperty().bind(Bindings.createStringBinding(
                () -> selected.get() == null ? "" : selected.get().details(), selected));
    }

    /** Shows the entries, one line a save, and follows them as the editor reloads. */
    public void bind(ObservableList<AuditEntry> entries) {
        HistoryTable.bind(auditTable, entries, auAtColumn, auActorColumn, auActionColumn, auSummaryColumn);
        selectNewest();
        auditTable.getItems().addListener((ListChangeListener<HistoryTable.Line>) c -> selectNewest());
    }

    private void selectNewest() {
        if (!auditTable.getItems().isEmpty()) {
            auditTable.getSelectionModel().selectFirst();
        }
    }

    /** Gives the summary column another width than the tab's own (the deal editor's wider window). */
    public void detailsWidth(double width) {
        auSummaryColumn.setPrefWidth(width);
    }
}
