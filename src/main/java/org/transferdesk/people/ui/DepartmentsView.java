package org.transferdesk.people.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.transferdesk.common.I18n;
import org.transferdesk.people.Department;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.Theme;
import org.transferdesk.ui.ViewLoader;

/** The departments window (院系管理), owned by the window that opened it. */
public final class DepartmentsView {
    @FXML
    private TableView<Department> table;
    @FXML
    private TableColumn<Department, String> nameColumn;
    @FXML
    private TableColumn<Department, String> activeColumn;
    @FXML
    private TextField newNameField;
    @FXML
    private TextField renameField;
    @FXML
    private Button addButton;
    @FXML
    private Button renameButton;
    @FXML
    private Button toggleButton;
    @FXML
    private Label errorLabel;
    @FXML
    private Label totalsLabel;

    private final DepartmentsViewModel viewModel;
    private Stage stage;

    public DepartmentsView(DepartmentsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent build() {
        Parent root = ViewLoader.load(this);
        Theme.apply(root);
        viewModel.load();
        return root;
    }

    /** Opens the window modal to {@code owner}; Esc or Close closes it. */
    public Stage show(Window owner) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(build());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setTitle(I18n.t("department.title"));
        stage.show();
        newNameField.requestFocus();
        return stage;
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.departments());
        Cells.value(nameColumn, Department::name);
        Cells.value(activeColumn, d -> d.active() ? I18n.t("department.active") : I18n.t("department.inactive"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Department item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("inactive-row");
                if (!empty && item != null && !item.active()) {
                    getStyleClass().add("inactive-row");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> viewModel.selectedProperty().set(d));
        viewModel.selectedProperty().addListener((o, a, d) -> {
            if (d != null && table.getSelectionModel().getSelectedItem() != d) {
                table.getSelectionModel().select(d);
                table.scrollTo(d);
            }
        });
        newNameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        renameField.textProperty().bindBidirectional(viewModel.renameTextProperty());
        addButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.newNameProperty().isEmpty()));
        var none = viewModel.selectedProperty().isNull();
        renameField.disableProperty().bind(none);
        renameButton.disableProperty().bind(none.or(viewModel.busyProperty()));
        toggleButton.disableProperty().bind(none.or(viewModel.busyProperty()));
        toggleButton.textProperty().bind(Bindings.createStringBinding(() -> {
            Department d = viewModel.selectedProperty().get();
            return d == null || d.active() ? I18n.t("department.deactivate") : I18n.t("department.activate");
        }, viewModel.selectedProperty()));
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        totalsLabel.textProperty().bind(viewModel.totalsProperty());
        newNameField.setOnAction(e -> onAdd());
        renameField.setOnAction(e -> onRename());
    }

    @FXML
    private void onAdd() {
        viewModel.add();
    }

    @FXML
    private void onRename() {
        viewModel.rename();
    }

    @FXML
    private void onToggleActive() {
        viewModel.toggleActive();
    }

    @FXML
    private void onClose() {
        if (stage != null) {
            stage.close();
        }
    }
}
