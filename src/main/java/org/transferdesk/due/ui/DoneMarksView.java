package org.transferdesk.due.ui;

import java.time.LocalDateTime;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.transferdesk.due.DoneEntry;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.LoadingPaneView;

/** 已办记录: who marked which reminder done and when; 撤销已办 brings one back. */
public final class DoneMarksView extends LoadingPaneView<DoneMarksViewModel> {
    @FXML private TableView<DoneEntry> table;
    @FXML private Button undoButton;
    @FXML private Label totalsLabel;

    public DoneMarksView(DoneMarksViewModel viewModel) {
        super(viewModel, viewModel::load);
    }

    @Override
    protected void bind() {
        Cells.columns(table, List.of(ListColumn.date("dueDone.doneOn", 95, e -> e.mark().doneOn()),
                ListColumn.text("dueDone.doneBy", 90, e -> e.mark().doneBy()),
                ListColumn.text("dueDone.doneAt", 150, e -> at(e.mark().doneAt())),
                ListColumn.date("dueCol.dueOn", 95, e -> e.item() == null ? null : e.item().dueOn()),
                ListColumn.text("dueDone.item", 380, DoneMarksViewModel::describe),
                ListColumn.text("due.note", 160, e -> e.mark().note())));
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
