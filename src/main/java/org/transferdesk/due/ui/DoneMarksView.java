package org.transferdesk.due.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.transferdesk.due.DoneEntry;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ViewLoader;

/** 已办记录: who marked which reminder done and when; 撤销已办 brings one back. */
public final class DoneMarksView {
    @FXML private TableView<DoneEntry> table;
    @FXML private TableColumn<DoneEntry, LocalDate> doneOnColumn;
    @FXML private TableColumn<DoneEntry, String> doneByColumn;
    @FXML private TableColumn<DoneEntry, String> doneAtColumn;
    @FXML private TableColumn<DoneEntry, LocalDate> dueOnColumn;
    @FXML private TableColumn<DoneEntry, String> itemColumn;
    @FXML private TableColumn<DoneEntry, String> noteColumn;
    @FXML private Button undoButton;
    @FXML private Label totalsLabel;

    private final DoneMarksViewModel viewModel;

    public DoneMarksView(DoneMarksViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent build() {
        Parent node = ViewLoader.load(this);
        viewModel.load();
        return node;
    }

    @FXML
    private void initialize() {
        Cells.date(doneOnColumn, e -> e.mark().doneOn());
        Cells.value(doneByColumn, e -> e.mark().doneBy());
        Cells.value(doneAtColumn, e -> at(e.mark().doneAt()));
        Cells.date(dueOnColumn, e -> e.item() == null ? null : e.item().dueOn());
        Cells.value(itemColumn, DoneMarksViewModel::describe);
        Cells.value(noteColumn, e -> e.mark().note());
        table.setItems(viewModel.rows());
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        undoButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        totalsLabel.textProperty().bind(viewModel.totalsProperty());
    }

    private static String at(LocalDateTime t) {
        return t == null ? "" : t.withNano(0).toString().replace('T', ' ');
    }

    @FXML
    private void onUndo() {
        viewModel.undoSelected();
    }
}
