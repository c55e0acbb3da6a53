package org.transferdesk.access.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.NodeVisibility;
import org.transferdesk.ui.Theme;

/**
 * Asks the embedded database's user for their name (issue 22): at the first start, and from the settings. Does not
 * wait: {@code after} runs once the dialog has closed, with true when a name was saved.
 */
public final class LocalNameDialog {
    private final LocalNameViewModel viewModel;

    public LocalNameDialog(LocalNameViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public void show(Window owner, java.util.function.Consumer<Boolean> after) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("localName.title"));
        dialog.setHeaderText(I18n.t("localName.header"));
        Label prompt = new Label(I18n.t("localName.prompt"));
        prompt.setWrapText(true);
        TextField name = new TextField();
        name.setId("localNameField");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        prompt.setLabelFor(name);
        Label problem = new Label();
        problem.setId("localNameProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        NodeVisibility.shownWhen(problem, problem.textProperty().isNotEmpty());
        Label hint = new Label(I18n.t("localName.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox box = new VBox(8, prompt, name, problem, hint);
        box.setPrefWidth(440);
        dialog.getDialogPane().setContent(box);
        ButtonType save = new ButtonType(I18n.t("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, later);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("localNameSave");
        saveButton.disableProperty().bind(viewModel.busyProperty().or(name.textProperty().isEmpty()));
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.save(saved -> {
                if (saved) {
                    dialog.setResult(Boolean.TRUE); // closes the dialog
                    if (dialog.isShowing()) {
                        dialog.close();
                    }
                }
            });
        });
        dialog.setResultConverter(b -> b == save ? Boolean.TRUE : Boolean.FALSE);
        boolean[] answered = new boolean[1];
        dialog.setOnHidden(e -> {
            if (!answered[0]) { // once, however the dialog closed
                answered[0] = true;
                after.accept(Boolean.TRUE.equals(dialog.getResult()));
            }
        });
        Theme.apply(dialog.getDialogPane());
        dialog.show();
        name.requestFocus();
    }
}
