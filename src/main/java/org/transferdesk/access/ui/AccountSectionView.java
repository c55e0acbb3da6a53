package org.transferdesk.access.ui;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.transferdesk.common.I18n;

/**
 * The settings page's 账户 section (issue 22): who is signed in, and 用户管理… for an administrator of the shared
 * database or 修改姓名… on the embedded one.
 */
public final class AccountSectionView {
    private final AccountSectionViewModel viewModel;
    private final Runnable manageAccounts;
    private final Runnable renameLocal;

    /** {@code manageAccounts} opens 用户管理; {@code renameLocal} asks the embedded user's name. */
    public AccountSectionView(AccountSectionViewModel viewModel, Runnable manageAccounts, Runnable renameLocal) {
        this.viewModel = viewModel;
        this.manageAccounts = manageAccounts;
        this.renameLocal = renameLocal;
    }

    public Parent build() {
        Label title = new Label(I18n.t("accounts.section.title"));
        title.getStyleClass().add("section-title");
        Label who = new Label();
        who.setId("signedInLabel");
        who.textProperty().bind(viewModel.whoProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(8, who, gap);
        line.setAlignment(Pos.CENTER_LEFT);
        switch (viewModel.mode()) {
            case MANAGE -> line.getChildren().add(button("manageAccountsButton", "accounts.manage", manageAccounts));
            case LOCAL -> line.getChildren().add(button("renameLocalButton", "accounts.changeName", renameLocal));
            default -> { }
        }
        Label hint = new Label(viewModel.hint());
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox box = new VBox(6, title, line, hint);
        box.setId("accountsSection");
        return box;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
