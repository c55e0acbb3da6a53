package org.transferdesk.reward.export.ui;

import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.Theme;
import org.transferdesk.ui.ViewLoader;

/** A small modal dialog asking a reward export's parameters; OK stays open while they are invalid. */
public final class RewardExportDialogView {
    @FXML
    private Label monthLabel;
    @FXML
    private TextField month;
    @FXML
    private Label unitNameLabel;
    @FXML
    private TextField unitName;
    @FXML
    private Label creditCodeLabel;
    @FXML
    private TextField creditCode;
    @FXML
    private Label fromLabel;
    @FXML
    private TextField from;
    @FXML
    private Label toLabel;
    @FXML
    private TextField to;
    @FXML
    private Label staffNoLabel;
    @FXML
    private TextField staffNo;
    @FXML
    private Label error;

    private final RewardExportDialogViewModel viewModel;

    public RewardExportDialogView(RewardExportDialogViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        month.textProperty().bindBidirectional(viewModel.monthProperty());
        unitName.textProperty().bindBidirectional(viewModel.unitNameProperty());
        creditCode.textProperty().bindBidirectional(viewModel.creditCodeProperty());
        from.textProperty().bindBidirectional(viewModel.fromProperty());
        to.textProperty().bindBidirectional(viewModel.toProperty());
        staffNo.textProperty().bindBidirectional(viewModel.staffNoProperty());
        error.textProperty().bind(viewModel.errorProperty());
        RewardExportDialogViewModel.Kind kind = viewModel.kind();
        show(kind == RewardExportDialogViewModel.Kind.TAX_FILING, monthLabel, month, unitNameLabel, unitName,
                creditCodeLabel, creditCode);
        show(kind == RewardExportDialogViewModel.Kind.PAYROLL, fromLabel, from, toLabel, to);
        show(kind == RewardExportDialogViewModel.Kind.STATEMENT, staffNoLabel, staffNo);
    }

    private static void show(boolean visible, Node... nodes) {
        for (Node n : List.of(nodes)) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    /** Shows the dialog; empty when cancelled. */
    public Optional<RewardExportRequest> ask(Window owner) {
        Parent content = ViewLoader.load(this);
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(viewModel.title());
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(I18n.t("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        RewardExportRequest[] result = new RewardExportRequest[1];
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<RewardExportRequest> r = viewModel.request();
            if (r.isEmpty()) {
                e.consume();
            } else {
                result[0] = r.get();
            }
        });
        Theme.apply(dialog.getDialogPane());
        return dialog.showAndWait().filter(ok::equals).map(b -> result[0]);
    }
}
