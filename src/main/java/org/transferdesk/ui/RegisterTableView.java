package org.transferdesk.ui;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The controller skeleton of a register ({@link RegisterViewModel}): a list page whose FXML adds, below the table, a
 * form {@code formPane} with {@code problemsList}, a first field {@code nameField} and the buttons
 * {@code saveButton} and {@code cancelButton}; the toolbar's new button ({@code #onNew}) starts a new record. A register
 * binds only its own fields.
 */
public abstract class RegisterTableView<R> extends ListPageView<R> {
    @FXML
    protected VBox formPane;
    @FXML
    protected VBox problemsList;
    @FXML
    protected TextField nameField;
    @FXML
    protected Button saveButton;
    @FXML
    protected Button cancelButton;

    private final RegisterViewModel<R, ?> register;

    /** {@code open} puts a row's record into the form. */
    protected RegisterTableView(RegisterViewModel<R, ?> register, ExportActions export, String titleKey,
                                Consumer<? super R> open) {
        super(register, export, titleKey, open, register::newRecord);
        this.register = register;
    }

    /** Binds the form's own fields to the view model. */
    protected abstract void bindForm();

    @FXML
    @Override
    protected void initialize() {
        super.initialize();
        // the indicator also shows a save or delete under way, as the registers' did before they became list pages
        loadingIndicator.visibleProperty().bind(register.busyProperty());
        formPane.visibleProperty().bind(register.editingProperty());
        formPane.managedProperty().bind(formPane.visibleProperty());
        bindForm();
        saveButton.disableProperty().bind(register.busyProperty());
        FieldErrors.showList(register.problems(), problemsList);
        // the form's save and cancel are an editor's, without the window: cancel closes the form
        EditorChrome.actions(saveButton, register::save, cancelButton, register::cancelEdit);
        register.editingProperty().addListener((o, a, b) -> {
            if (b) {
                nameField.requestFocus();
            }
        });
    }
}
