package org.transferdesk.pilot.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import org.transferdesk.common.I18n;
import org.transferdesk.pilot.PilotAttachment;
import org.transferdesk.pilot.PilotObjection;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.EditorTables;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.Theme;
import org.transferdesk.ui.TimelineRows;
import org.transferdesk.ui.ViewLoader;

/** The 流程 tab: the vertical timeline, the next-step form, the publicity's objections and the documents. */
public final class PilotFlowView {
    @FXML private VBox timelineBox;
    @FXML private ComboBox<PilotStep> stepField;
    @FXML private DatePicker dateField;
    @FXML private DatePicker endsOnField;
    @FXML private Label endsOnLabel;
    @FXML private TextField actorField;
    @FXML private TextField noteField;
    @FXML private VBox stepProblemsBox;
    @FXML private Button recordButton;
    @FXML private Button undoButton;
    @FXML private Tab objectionsTab;
    @FXML private DatePicker receivedOnField;
    @FXML private TextField raisedByField;
    @FXML private TextField contentField;
    @FXML private TextField handlingField;
    @FXML private DatePicker closedOnField;
    @FXML private Button addObjectionButton;
    @FXML private Button closeObjectionButton;
    @FXML private Label objectionMessage;
    @FXML private Label objectionsPlaceholder;
    @FXML private TableView<PilotObjection> objectionsTable;
    @FXML private ComboBox<PilotStep> docStepField;
    @FXML private Button attachButton;
    @FXML private Button openDocButton;
    @FXML private Button verifyDocButton;
    @FXML private Button removeDocButton;
    @FXML private Label docMessage;
    @FXML private TableView<PilotAttachment> documentsTable;

    private final PilotFlowViewModel flow;
    private final PilotObjectionsViewModel objections;
    private final PilotDocumentsViewModel documents;

    public PilotFlowView(PilotEditorViewModel.FlowTab tab) {
        this.flow = tab.flow();
        this.objections = tab.objections();
        this.documents = tab.documents();
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        flow.timeline().addListener((ListChangeListener<TimelineRow>) c -> drawTimeline());
        drawTimeline();
        Cells.labeledChoices(stepField, PilotStep.class, null);
        stepField.setItems(flow.nextSteps());
        stepField.valueProperty().bindBidirectional(flow.form().step());
        Cells.isoDates(dateField);
        dateField.valueProperty().bindBidirectional(flow.form().date());
        Cells.isoDates(endsOnField);
        endsOnField.valueProperty().bindBidirectional(flow.form().endsOn());
        endsOnField.visibleProperty().bind(flow.publicityStepProperty());
        endsOnLabel.visibleProperty().bind(flow.publicityStepProperty());
        actorField.textProperty().bindBidirectional(flow.form().actor());
        noteField.textProperty().bindBidirectional(flow.form().note());
        flow.stepProblems().addListener((ListChangeListener<String>) c ->
                EditorTables.problems(stepProblemsBox, flow.stepProblems()));
        EditorTables.problems(stepProblemsBox, flow.stepProblems());
        recordButton.disableProperty().bind(flow.canRecordProperty().not().or(flow.workingProperty()));
        undoButton.disableProperty().bind(flow.canUndoProperty().not().or(flow.workingProperty()));
        bindObjections();
        bindDocuments();
    }

    private void drawTimeline() {
        timelineBox.getChildren().clear();
        for (TimelineRow row : flow.timeline()) {
            List<Label> lines = List.of();
            if (row.state() == TimelineRow.State.DONE) {
                String when = row.doneOn() == null ? I18n.t("pilotFlow.undated") : row.doneOn().toString();
                if (row.endsOn() != null) {
                    when = I18n.t("pilotFlow.publicityPeriod", row.doneOn(), row.endsOn());
                }
                lines = List.of(TimelineRows.detail(when + "  ·  " + (row.actor() == null ? "" : row.actor())
                        + (row.note() == null ? "" : "  ·  " + row.note())));
            } else if (row.state() == TimelineRow.State.NEXT) {
                lines = List.of(TimelineRows.detail(I18n.t("pilotFlow.nextHint")));
            }
            timelineBox.getChildren().add(TimelineRows.row(TimelineRows.Mark.valueOf(row.state().name()),
                    row.step().label(), lines, null));
        }
    }

    private void bindObjections() {
        objectionsPlaceholder.textProperty().bind(javafx.beans.binding.Bindings.when(objections.visibleProperty())
                .then(I18n.t("pilotFlow.noObjections")).otherwise(I18n.t("pilot.objection.noPublicity")));
        for (javafx.scene.Node n : new javafx.scene.Node[] {receivedOnField, raisedByField, contentField,
                addObjectionButton, handlingField, closedOnField}) {
            n.disableProperty().bind(objections.visibleProperty().not());
        }
        Cells.isoDates(receivedOnField);
        Cells.isoDates(closedOnField);
        receivedOnField.valueProperty().bindBidirectional(objections.form().receivedOn());
        raisedByField.textProperty().bindBidirectional(objections.form().raisedBy());
        contentField.textProperty().bindBidirectional(objections.form().content());
        handlingField.textProperty().bindBidirectional(objections.form().handling());
        closedOnField.valueProperty().bindBidirectional(objections.form().closedOn());
        objectionMessage.textProperty().bind(objections.messageProperty());
        Cells.columns(objectionsTable, List.of(ListColumn.date("pilot.objection.receivedOn", 95,
                        PilotObjection::receivedOn),
                ListColumn.text("pilotFlow.raisedBy", 90, PilotObjection::raisedBy),
                ListColumn.text("pilot.objection.content", 220, PilotObjection::content),
                ListColumn.text("pilotFlow.handling", 200, PilotObjection::handling),
                ListColumn.date("pilotFlow.closedOn", 95, PilotObjection::closedOn)));
        objectionsTable.setItems(objections.objections());
        objectionsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, a, b) -> objections.selectedProperty().set(b));
        closeObjectionButton.disableProperty().bind(objections.selectedProperty().isNull());
    }

    private void bindDocuments() {
        Cells.labeledChoices(docStepField, PilotStep.class, null);
        docStepField.valueProperty().bindBidirectional(documents.stepProperty());
        Cells.columns(documentsTable, List.of(ListColumn.labeled("pilotFlow.step", 130, PilotAttachment::step),
                ListColumn.text("diligenceFile.fileName", 220, PilotAttachment::fileName),
                ListColumn.of("diligenceFile.size", 80, PilotAttachment::sizeBytes).aligned(ListColumn.Align.RIGHT),
                ListColumn.text("diligenceFile.addedAt", 140, a -> a.addedAt() == null ? ""
                        : a.addedAt().withNano(0).toString().replace('T', ' ')),
                ListColumn.text("diligenceFile.addedBy", 90, PilotAttachment::addedBy)));
        documentsTable.setItems(documents.documents());
        documentsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, a, b) -> documents.selectedProperty().set(b));
        TableKeys.openOnDoubleClickOrEnter(documentsTable, a -> documents.open());
        docMessage.textProperty().bind(documents.messageProperty());
        attachButton.disableProperty().bind(docStepField.valueProperty().isNull());
        for (Button b : new Button[] {openDocButton, verifyDocButton, removeDocButton}) {
            b.disableProperty().bind(documents.selectedProperty().isNull());
        }
    }

    @FXML
    private void onRecord() {
        flow.record();
    }

    /** Asks why the last step is taken back (the reason goes to the audit log). */
    @FXML
    private void onUndo() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(undoButton.getScene().getWindow());
        ask.setTitle(I18n.t("pilotFlow.undoTitle"));
        ask.setHeaderText(I18n.t("pilotFlow.undoQuestion", flow.lastStepLabel()));
        ask.setContentText(I18n.t("pilotFlow.undoReason"));
        Theme.apply(ask.getDialogPane());
        ask.showAndWait().ifPresent(flow::undo);
    }

    @FXML
    private void onAddObjection() {
        objections.add();
    }

    @FXML
    private void onCloseObjection() {
        objections.close();
    }

    @FXML
    private void onAttach() {
        documents.attach();
    }

    @FXML
    private void onOpenDoc() {
        documents.open();
    }

    @FXML
    private void onVerifyDoc() {
        documents.verify();
    }

    @FXML
    private void onRemoveDoc() {
        documents.remove();
    }
}
