package org.transferdesk.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.Assignees.Assignee;

/**
 * Binds an editor's 经办人/技术经理人 combo to its {@link AssigneeChoice}: each account by name with its login in muted
 * text, "（未指定）" for none; disabled when locked, hidden with its label when the choice is not shown.
 */
public final class AssigneeField {
    private AssigneeField() {
    }

    public static void bind(ComboBox<Assignee> combo, Node label, AssigneeChoice choice) {
        combo.setItems(choice.choices());
        combo.setCellFactory(l -> new AssigneeCell());
        combo.setButtonCell(new AssigneeCell());
        combo.valueProperty().bindBidirectional(choice.selectedProperty());
        combo.disableProperty().bind(choice.lockedProperty());
        for (Node n : List.of(combo, label)) {
            n.visibleProperty().bind(choice.shownProperty());
            n.managedProperty().bind(choice.shownProperty());
        }
    }

    private static final class AssigneeCell extends ListCell<Assignee> {
        @Override
        protected void updateItem(Assignee item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(null);
            if (empty) {
                setText(null);
            } else if (item == null) {
                setText(I18n.t("manager.none"));
            } else {
                // the name as the cell's own text (its colours when selected or disabled), the login after it, muted
                setText(item.displayName());
                Label login = new Label(item.login());
                login.getStyleClass().add("muted");
                setGraphic(login);
                setContentDisplay(ContentDisplay.RIGHT);
                setGraphicTextGap(8);
            }
        }
    }
}
