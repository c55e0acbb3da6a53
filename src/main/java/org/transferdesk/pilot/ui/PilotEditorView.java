package org.transferdesk.pilot.ui;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.transferdesk.audit.ui.HistoryTab;
import org.transferdesk.common.I18n;
import org.transferdesk.people.ui.PersonPicker;
import org.transferdesk.pilot.MaintenancePayer;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.ui.AssigneeField;
import org.transferdesk.ui.Assignees.Assignee;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.EditorTables;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.SessionWindowView;

/** The pilot case editor: header, plan, terms, the flow tab ({@link PilotFlowView}) and history. */
public final class PilotEditorView extends SessionWindowView<PilotEditorViewModel> {
    @FXML private Label caseNoLabel;
    @FXML private Hyperlink resultLink;
    @FXML private Label departmentLabel;
    @FXML private Label stepLabel;
    @FXML private Label deadlineBanner;
    @FXML private Label coOwnedLabel;
    @FXML private Tab flowTab;
    @FXML private RadioButton ownershipRadio;
    @FXML private RadioButton useRadio;
    @FXML private HBox ownershipBox;
    @FXML private HBox useBox;
    @FXML private Label teamShareLabel;
    @FXML private Label useYearsLabel;
    @FXML private TextField teamShareField;
    @FXML private Label unitShareLabel;
    @FXML private TextField useYearsField;
    @FXML private TextField renewalYearsField;
    @FXML private TextField useFeeField;
    @FXML private Label shareError;
    @FXML private HBox teamButtons;
    @FXML private TextField addMemberField;
    @FXML private Button removeMemberButton;
    @FXML private Label sumLabel;
    @FXML private TableView<OwnerRow> teamTable;
    @FXML private Label ownersError;
    @FXML private ComboBox<OwnerRow> representativeField;
    @FXML private Label representativeError;
    @FXML private TextField publicityPlaceField;
    @FXML private TextArea conversionPlanField;
    @FXML private Label conversionPlanError;
    @FXML private TextField negativeListByField;
    @FXML private DatePicker negativeListOnField;
    @FXML private ComboBox<Assignee> managerField;
    @FXML private Label managerLabel;
    @FXML private Label negativeListError;
    @FXML private TextField incomeShareField;
    @FXML private Label incomeShareError;
    @FXML private TextArea decisionRightsField;
    @FXML private Label decisionRightsError;
    @FXML private ComboBox<MaintenancePayer> payerField;
    @FXML private Label payerError;
    @FXML private DatePicker convertByField;
    @FXML private Label convertByError;
    @FXML private TextArea recoveryRuleField;
    @FXML private Label recoveryRuleError;
    @FXML private javafx.scene.layout.GridPane termsGrid;
    @FXML private HistoryTab historyController;
    @FXML private Button exportPublicityButton;

    private final LongConsumer openResult;
    private Runnable exportPublicity;

    /** {@code openResult} opens the case's result (the header's link). */
    public PilotEditorView(PilotEditorViewModel viewModel, Runnable closeRequest, LongConsumer openResult) {
        super(viewModel, closeRequest);
        this.openResult = openResult;
    }

    /** What "导出公示…" (the grant publicity notice of this case) calls; the button shows only once set. */
    public PilotEditorView onExportPublicity(Runnable action) {
        this.exportPublicity = action;
        return this;
    }

    @Override
    public Parent build() {
        Parent root = super.build();
        exportPublicityButton.setVisible(exportPublicity != null);
        exportPublicityButton.setManaged(exportPublicity != null);
        exportPublicityButton.disableProperty().bind(viewModel.savedProperty().not());
        flowTab.setContent(new PilotFlowView(viewModel.flowTab()).build());
        return root;
    }

    @Override
    protected void bind() {
        bindHeader();
        bindPlan();
        bindTeam();
        bindTerms();
        historyController.bind(viewModel.history());
        Map<String, Node> fields = Map.ofEntries(Map.entry("teamShare", teamShareField),
                Map.entry("useYears", useYearsField), Map.entry("renewalYears", renewalYearsField),
                Map.entry("useFee", useFeeField), Map.entry("owners", teamTable),
                Map.entry("representative", representativeField), Map.entry("conversionPlan", conversionPlanField),
                Map.entry("negativeList", negativeListByField), Map.entry("negativeListBy", negativeListByField),
                Map.entry("negativeListOn", negativeListOnField), Map.entry("publicityPlace", publicityPlaceField),
                Map.entry("incomeTeamShare", incomeShareField), Map.entry("decisionRights", decisionRightsField),
                Map.entry("maintenancePayer", payerField), Map.entry("convertBy", convertByField),
                Map.entry("recoveryRule", recoveryRuleField));
        // "negativeList" (frozen after the review) is checked at save only; the others as they are left and fixed
        fields.forEach((field, node) -> {
            if (!"negativeList".equals(field) && node != teamTable) {
                FieldErrors.validateOnLeave(node, () -> viewModel.validateField(field));
            }
        });
        FieldErrors.show(viewModel.fieldErrors(), Map.ofEntries(Map.entry("teamShare", shareError),
                Map.entry("useYears", shareError), Map.entry("renewalYears", shareError),
                Map.entry("useFee", shareError),
                Map.entry("owners", ownersError), Map.entry("representative", representativeError),
                Map.entry("conversionPlan", conversionPlanError), Map.entry("negativeList", negativeListError),
                Map.entry("negativeListBy", negativeListError), Map.entry("negativeListOn", negativeListError),
                Map.entry("incomeTeamShare", incomeShareError), Map.entry("decisionRights", decisionRightsError),
                Map.entry("maintenancePayer", payerError), Map.entry("convertBy", convertByError),
                Map.entry("recoveryRule", recoveryRuleError)), fields);
    }

    private void bindHeader() {
        PilotHeader h = viewModel.header();
        caseNoLabel.textProperty().bind(h.caseNoProperty());
        resultLink.textProperty().bind(h.resultProperty());
        departmentLabel.textProperty().bind(h.departmentProperty());
        stepLabel.textProperty().bind(h.stepProperty());
        deadlineBanner.textProperty().bind(h.deadlineProperty());
        deadlineBanner.visibleProperty().bind(deadlineBanner.textProperty().isNotEmpty());
        deadlineBanner.managedProperty().bind(deadlineBanner.visibleProperty());
        h.deadlineStateProperty().addListener((o, a, state) -> {
            deadlineBanner.getStyleClass().removeAll("deadline-due", "deadline-overdue");
            if (!"none".equals(state) && !"ok".equals(state)) {
                deadlineBanner.getStyleClass().add("deadline-" + state);
            }
        });
        coOwnedLabel.textProperty().bind(h.coOwnedProperty());
        coOwnedLabel.visibleProperty().bind(coOwnedLabel.textProperty().isNotEmpty());
        coOwnedLabel.managedProperty().bind(coOwnedLabel.visibleProperty());
    }

    private void bindPlan() {
        PilotPlanForm plan = viewModel.plan();
        ToggleGroup models = new ToggleGroup();
        ownershipRadio.setToggleGroup(models);
        useRadio.setToggleGroup(models);
        Runnable fromModel = () -> {
            PilotModel m = plan.model().get();
            ownershipRadio.setSelected(m != PilotModel.LONG_TERM_USE);
            useRadio.setSelected(m == PilotModel.LONG_TERM_USE);
            boolean use = m == PilotModel.LONG_TERM_USE;
            for (Node n : new Node[] {useBox, useYearsLabel}) {
                n.setVisible(use);
                n.setManaged(use);
            }
            for (Node n : new Node[] {ownershipBox, teamShareLabel}) {
                n.setVisible(!use);
                n.setManaged(!use);
            }
        };
        plan.model().addListener((o, a, b) -> fromModel.run());
        fromModel.run();
        ownershipRadio.setOnAction(e -> plan.model().set(PilotModel.OWNERSHIP));
        useRadio.setOnAction(e -> plan.model().set(PilotModel.LONG_TERM_USE));
        teamShareField.textProperty().bindBidirectional(plan.teamShare());
        unitShareLabel.textProperty().bind(viewModel.unitShareProperty());
        useYearsField.textProperty().bindBidirectional(plan.useYears());
        renewalYearsField.textProperty().bindBidirectional(plan.renewalYears());
        useFeeField.textProperty().bindBidirectional(plan.useFee());
        conversionPlanField.textProperty().bindBidirectional(plan.conversionPlan());
        negativeListByField.textProperty().bindBidirectional(plan.negativeListBy());
        Cells.isoDates(negativeListOnField);
        negativeListOnField.valueProperty().bindBidirectional(plan.negativeListOn());
        publicityPlaceField.textProperty().bindBidirectional(plan.publicityPlace());
        PilotEditorViewModel.Frozen frozen = viewModel.frozen();
        for (Node n : new Node[] {ownershipRadio, useRadio, ownershipBox, useBox, teamButtons, representativeField,
                conversionPlanField, publicityPlaceField}) {
            n.disableProperty().bind(frozen.plan());
        }
        negativeListByField.disableProperty().bind(frozen.review());
        negativeListOnField.disableProperty().bind(frozen.review());
        teamTable.editableProperty().bind(frozen.plan().not());
        // who handles the case may change at any step
        AssigneeField.bind(managerField, managerLabel, viewModel.manager());
    }

    private void bindTeam() {
        PilotTeamViewModel team = viewModel.team();
        EditorTables.columns(teamTable, List.of(ListColumn.text("pilotEditor.member", 160, OwnerRow::name),
                ListColumn.text("person.staffNo", 100, OwnerRow::staffNo)),
                EditorTables.typed("pilotEditor.part", 100, OwnerRow::shareProperty));
        EditorTables.onSelected(removeMemberButton, teamTable, team::remove);
        teamTable.setItems(team.rows());
        PersonPicker.shareSum(sumLabel, team.sumTextProperty(), team.sumOkProperty());
        representativeField.setItems(team.rows());
        representativeField.valueProperty().bindBidirectional(team.representativeProperty());
        removeMemberButton.disableProperty().bind(teamTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.frozen().plan()));
        PersonPicker.autocomplete(addMemberField, team::suggest, team::add);
    }

    private void bindTerms() {
        PilotTermsForm terms = viewModel.terms();
        incomeShareField.textProperty().bindBidirectional(terms.incomeTeamShare());
        decisionRightsField.textProperty().bindBidirectional(terms.decisionRights());
        Cells.labeledChoices(payerField, MaintenancePayer.class, I18n.t("pilotEditor.noPayer"));
        payerField.valueProperty().bindBidirectional(terms.maintenancePayer());
        Cells.isoDates(convertByField);
        convertByField.valueProperty().bindBidirectional(terms.convertBy());
        recoveryRuleField.textProperty().bindBidirectional(terms.recoveryRule());
        termsGrid.disableProperty().bind(viewModel.frozen().terms());
    }

    @FXML
    private void onOpenResult() {
        openResult.accept(viewModel.header().disclosureId());
    }

    @FXML
    private void onExportPublicity() {
        if (exportPublicity != null) {
            exportPublicity.run();
        }
    }
}
