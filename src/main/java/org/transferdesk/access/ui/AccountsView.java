package org.transferdesk.access.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.transferdesk.access.Account;
import org.transferdesk.access.ui.AccountsViewModel.Action;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Role;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.LoadingPaneView;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.NodeVisibility;
import org.transferdesk.ui.SelectedRowSync;
import org.transferdesk.ui.Theme;

/** The 用户管理 window (issue 22): binds to {@link AccountsViewModel}; each change is a small form of its own. */
public final class AccountsView extends LoadingPaneView<AccountsViewModel> {
    @FXML
    private Label introLabel;
    @FXML
    private TableView<Account> table;
    @FXML
    private Button newButton;
    @FXML
    private Button roleButton;
    @FXML
    private Button nameButton;
    @FXML
    private Button passwordButton;
    @FXML
    private Button activeButton;
    @FXML
    private Label messageLabel;
    @FXML
    private ProgressIndicator busyIndicator;

    private final Runnable closeRequest;

    /** The window's content; the accounts are read in the background once it is built. */
    public AccountsView(AccountsViewModel viewModel, Runnable closeRequest) {
        super(viewModel, viewModel::load);
        this.closeRequest = closeRequest;
    }

    @Override
    protected void bind() {
        introLabel.setText(viewModel.intro());
        table.setItems(viewModel.rows());
        Cells.columns(table, List.of(
                ListColumn.text("accounts.login", 150, Account::login),
                ListColumn.text("accounts.name", 160, Account::displayName),
                ListColumn.labeled("accounts.role", 120, Account::role),
                ListColumn.text("accounts.status", 80, AccountsViewModel::status)));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Account item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("inactive"),
                        !empty && item != null && !item.active());
            }
        });
        SelectedRowSync.bind(table, viewModel.selectedProperty());
        var none = viewModel.nothingSelected();
        var busy = viewModel.busyProperty();
        roleButton.disableProperty().bind(none.or(viewModel.selectedIsSelf()).or(busy));
        nameButton.disableProperty().bind(none.or(busy));
        passwordButton.disableProperty().bind(none.or(busy));
        activeButton.disableProperty().bind(none.or(busy));
        activeButton.textProperty().bind(viewModel.toggleLabel());
        newButton.disableProperty().bind(busy);
        busyIndicator.visibleProperty().bind(busy);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsProblemProperty().addListener((o, was, now) -> {
            messageLabel.getStyleClass().remove("field-error");
            if (now) {
                messageLabel.getStyleClass().add("field-error");
            }
        });
    }

    @FXML
    private void onNew() {
        openForm(Action.CREATE, I18n.t("accounts.newTitle"));
    }

    @FXML
    private void onRole() {
        openForm(Action.ROLE, I18n.t("accounts.roleTitle", selectedName()));
    }

    @FXML
    private void onName() {
        openForm(Action.NAME, I18n.t("accounts.nameTitle", selectedName()));
    }

    @FXML
    private void onPassword() {
        openForm(Action.PASSWORD, I18n.t("accounts.passwordTitle", selectedName()));
    }

    @FXML
    private void onToggleActive() {
        viewModel.toggleActive();
    }

    @FXML
    private void onClose() {
        closeRequest.run();
    }

    private String selectedName() {
        Account a = viewModel.selectedProperty().get();
        return a == null ? "" : I18n.t("accounts.nameAndLogin", a.displayName(), a.login());
    }

    /** The action's small form; OK sends it and closes the form only when it went through. */
    private void openForm(Action action, String title) {
        viewModel.startForm(action);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(table.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        Map<String, Label> errors = new LinkedHashMap<>();
        Map<String, Node> fields = new LinkedHashMap<>();
        int row = 0;
        if (action.fields().contains("login")) {
            TextField login = new TextField();
            login.setId("loginField");
            login.textProperty().bindBidirectional(viewModel.form().login());
            row = addField(grid, row, "accounts.login", "login", login, errors, fields);
            row = addHint(grid, row, I18n.t("accounts.loginHint"));
        }
        if (action.fields().contains("displayName")) {
            TextField name = new TextField();
            name.setId("nameField");
            name.textProperty().bindBidirectional(viewModel.form().displayName());
            row = addField(grid, row, "accounts.name", "displayName", name, errors, fields);
        }
        if (action.fields().contains("role")) {
            ChoiceBox<Role> role = new ChoiceBox<>();
            role.setId("roleChoice");
            role.getItems().setAll(viewModel.roles());
            role.setConverter(Cells.shownAs("", Role::label));
            role.valueProperty().bindBidirectional(viewModel.form().role());
            row = addField(grid, row, "accounts.role", "role", role, errors, fields);
            Label hint = new Label();
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            hint.setMaxWidth(360);
            hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> AccountsViewModel.roleHint(viewModel.form().role().get()), viewModel.form().role()));
            grid.add(hint, 1, row++);
        }
        if (action.fields().contains("password")) {
            PasswordField password = new PasswordField();
            password.setId("passwordField");
            password.textProperty().bindBidirectional(viewModel.form().password());
            row = addField(grid, row, "accounts.password", "password", password, errors, fields);
            PasswordField repeat = new PasswordField();
            repeat.setId("repeatField");
            repeat.textProperty().bindBidirectional(viewModel.form().repeat());
            row = addField(grid, row, "accounts.repeat", "repeat", repeat, errors, fields);
            row = addHint(grid, row, I18n.t("accounts.passwordHint"));
        }
        Label problem = new Label();
        problem.setId("formProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.textProperty().bind(viewModel.formProblemProperty());
        NodeVisibility.shownWhen(problem, problem.textProperty().isNotEmpty());
        grid.add(problem, 0, row, 2, 1);
        javafx.collections.MapChangeListener<String, String> marks = c -> {
            markField(c.getKey(), errors, fields);
            dialog.getDialogPane().getScene().getWindow().sizeToScene(); // room for the messages, hints kept whole
        };
        viewModel.fieldErrors().addListener(marks);
        VBox content = new VBox(grid);
        content.setPrefWidth(500);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(I18n.t(action == Action.CREATE ? "accounts.create" : "common.ok"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(viewModel.busyProperty());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closed once the change went through, else kept open with the problems shown
            viewModel.submit(action, done -> {
                if (done) {
                    dialog.setResult(ok); // closes the dialog
                    if (dialog.isShowing()) {
                        dialog.close();
                    }
                }
            });
        });
        dialog.setOnHidden(e -> {
            viewModel.fieldErrors().removeListener(marks);
            viewModel.startForm(action); // the typed passwords do not stay in memory
        });
        Theme.apply(dialog.getDialogPane());
        dialog.show();
        fields.values().stream().findFirst().ifPresent(Node::requestFocus);
    }

    private void markField(String field, Map<String, Label> errors, Map<String, Node> fields) {
        String message = viewModel.fieldErrors().getOrDefault(field, "");
        Label label = errors.get(field);
        if (label != null) {
            label.setText(message);
        }
        Node control = fields.get(field);
        if (control != null) {
            control.getStyleClass().remove("invalid");
            if (!message.isEmpty()) {
                control.getStyleClass().add("invalid");
            }
        }
    }

    private static int addField(GridPane grid, int row, String labelKey, String field, Node control,
                                Map<String, Label> errors, Map<String, Node> fields) {
        Label label = new Label(I18n.t(labelKey));
        label.setLabelFor(control);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(360);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setId(field + "Error");
        NodeVisibility.shownWhen(error, error.textProperty().isNotEmpty());
        grid.add(error, 1, row + 1);
        errors.put(field, error);
        fields.put(field, control);
        return row + 2;
    }

    private static int addHint(GridPane grid, int row, String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(hint, 1, row);
        return row + 1;
    }
}
