package org.transferdesk.people.ui;

import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.PersonEpisode;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.EditorTables;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.NodeVisibility;
import org.transferdesk.ui.SelectedRowSync;
import org.transferdesk.ui.TableKeys;

/** The person editor's 兼职与离岗创业 tab: binds to {@link PersonEpisodesViewModel}. */
public final class PersonEpisodesView extends FxmlPaneView<PersonEpisodesViewModel> {
    @FXML private Label hintLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button addEpisodeButton;
    @FXML private Button editEpisodeButton;
    @FXML private Button deleteEpisodeButton;
    @FXML private TableView<PersonEpisode> episodesTable;
    @FXML private VBox episodeForm;
    @FXML private Label formTitleLabel;
    @FXML private VBox episodeProblems;
    @FXML private ComboBox<EpisodeKind> episodeKindField;
    @FXML private TextField episodeCompanyField;
    @FXML private DatePicker episodeStartField;
    @FXML private DatePicker episodeEndField;
    @FXML private DatePicker episodeExtendedField;
    @FXML private TextField episodeApprovalField;
    @FXML private TextField episodeNoteField;
    @FXML private Label episodeCompanyError;
    @FXML private Label episodeStartError;
    @FXML private Label episodeEndError;
    @FXML private Label episodeExtendedError;
    @FXML private Button saveEpisodeButton;

    public PersonEpisodesView(PersonEpisodesViewModel viewModel) {
        super(viewModel);
    }

    @Override
    protected void bind() {
        hintLabel.textProperty().bind(viewModel.hintProperty());
        NodeVisibility.shownWhen(hintLabel, viewModel.hintProperty().isNotEmpty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        addEpisodeButton.disableProperty().bind(viewModel.addDisabled());
        editEpisodeButton.disableProperty().bind(viewModel.selectionCommandsDisabled());
        deleteEpisodeButton.disableProperty().bind(viewModel.selectionCommandsDisabled());
        bindTable();
        bindForm();
    }

    private void bindTable() {
        episodesTable.setItems(viewModel.episodes());
        Cells.columns(episodesTable, List.of(ListColumn.labeled("episode.kind", 100, PersonEpisode::kind),
                ListColumn.text("episode.company", 200, PersonEpisode::company),
                ListColumn.date("episode.startsOn", 95, PersonEpisode::startsOn),
                ListColumn.date("episode.endsOn", 95, PersonEpisode::endsOn),
                ListColumn.date("episode.extendedTo", 95, PersonEpisode::extendedTo),
                ListColumn.text("episode.approvalRef", 120, PersonEpisode::approvalRef),
                ListColumn.labeled("episodes.status", 70, viewModel::status)));
        SelectedRowSync.bind(episodesTable, viewModel.selectedProperty());
        TableKeys.openOnDoubleClickOrEnter(episodesTable, e -> viewModel.edit());
    }

    private void bindForm() {
        NodeVisibility.shownWhen(episodeForm, viewModel.editingProperty());
        formTitleLabel.textProperty().bind(viewModel.formTitleProperty());
        viewModel.problems().addListener((ListChangeListener<String>) c ->
                EditorTables.problems(episodeProblems, viewModel.problems()));
        EditorTables.problems(episodeProblems, viewModel.problems());
        saveEpisodeButton.disableProperty().bind(viewModel.busyProperty());

        EpisodeFormViewModel f = viewModel.form();
        Cells.labeledChoices(episodeKindField, EpisodeKind.class, null);
        episodeKindField.valueProperty().bindBidirectional(f.kindProperty());
        episodeCompanyField.textProperty().bindBidirectional(f.companyProperty());
        for (DatePicker picker : new DatePicker[] {episodeStartField, episodeEndField, episodeExtendedField}) {
            Cells.isoDates(picker);
        }
        episodeStartField.valueProperty().bindBidirectional(f.startsOnProperty());
        episodeEndField.valueProperty().bindBidirectional(f.endsOnProperty());
        episodeExtendedField.valueProperty().bindBidirectional(f.extendedToProperty());
        episodeApprovalField.textProperty().bindBidirectional(f.approvalRefProperty());
        episodeNoteField.textProperty().bindBidirectional(f.noteProperty());

        Map<String, Node> fields = Map.of("company", episodeCompanyField, "startsOn", episodeStartField,
                "endsOn", episodeEndField, "extendedTo", episodeExtendedField);
        fields.forEach((name, node) -> FieldErrors.validateOnLeave(node, () -> viewModel.validateField(name)));
        FieldErrors.show(viewModel.fieldErrors(), Map.of("company", episodeCompanyError, "startsOn", episodeStartError,
                "endsOn", episodeEndError, "extendedTo", episodeExtendedError), fields);
    }

    @FXML
    private void onAddEpisode() {
        viewModel.add();
        episodeCompanyField.requestFocus();
    }

    @FXML
    private void onEditEpisode() {
        viewModel.edit();
    }

    @FXML
    private void onDeleteEpisode() {
        viewModel.delete();
    }

    @FXML
    private void onSaveEpisode() {
        viewModel.save();
    }

    @FXML
    private void onCancelEpisode() {
        viewModel.cancel();
    }
}
