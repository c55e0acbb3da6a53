package org.transferdesk.disclosure.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.disclosure.DisclosureValidator;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.Dialogs;

/** Adds or edits one IP asset of a result; OK stays refused until the asset is valid (R-ID-PATENT). */
final class IpAssetDialog {
    private IpAssetDialog() {
    }

    static Optional<IpAsset> show(Window owner, IpAsset initial, LocalDate disclosedOn) {
        Dialog<IpAsset> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t(initial == null ? "ip.add" : "ip.edit"));
        ComboBox<IpType> type = new ComboBox<>();
        Cells.labeledChoices(type, IpType.class, null);
        TextField number = new TextField();
        number.setPromptText(I18n.t("ip.applicationNoPrompt"));
        TextField title = new TextField();
        DatePicker filed = new DatePicker();
        DatePicker granted = new DatePicker();
        Cells.isoDates(filed);
        Cells.isoDates(granted);
        ComboBox<IpStatus> status = new ComboBox<>();
        Cells.labeledChoices(status, IpStatus.class, null);
        TextField owners = new TextField();
        owners.setPromptText(I18n.t("ip.ownersPrompt"));
        IpAsset start = initial == null ? IpAsset.create(IpType.INVENTION_PATENT) : initial;
        type.setValue(start.type());
        number.setText(start.applicationNo());
        title.setText(start.title());
        filed.setValue(start.filedOn());
        granted.setValue(start.grantedOn());
        status.setValue(start.status());
        owners.setText(start.owners());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        String[] labels = {"ip.type", "ip.applicationNo", "ip.title", "ip.filedOn", "ip.grantedOn", "ip.status", "ip.owners"};
        javafx.scene.Node[] fields = {type, number, title, filed, granted, status, owners};
        for (int i = 0; i < labels.length; i++) {
            Label label = new Label(I18n.t(labels[i]));
            label.setLabelFor(fields[i]);
            grid.addRow(i, label, fields[i]);
        }
        VBox errors = new VBox(2);
        VBox content = new VBox(6, grid, errors);
        dialog.getDialogPane().setContent(content);
        ButtonType okType = Dialogs.ok();
        dialog.getDialogPane().getButtonTypes().addAll(okType, Dialogs.cancel());
        Dialogs.fitContent(dialog);

        java.util.function.Supplier<IpAsset> build = () -> new IpAsset(start.id(), type.getValue(),
                DisclosureValidator.normaliseApplicationNo(type.getValue(), number.getText()), title.getText(),
                filed.getValue(), granted.getValue(), status.getValue(), owners.getText());
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            List<Problem> problems = DisclosureValidator.validateIp(build.get(), 1, disclosedOn);
            errors.getChildren().setAll(problems.stream().map(p -> {
                Label l = new Label(p.message());
                l.setWrapText(true);
                l.setMaxWidth(480);
                l.getStyleClass().add("field-error");
                return l;
            }).toList());
            if (!problems.isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == okType ? build.get() : null);
        return dialog.showAndWait();
    }
}
