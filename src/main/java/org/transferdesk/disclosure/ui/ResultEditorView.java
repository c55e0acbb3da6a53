package org.transferdesk.disclosure.ui;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.transferdesk.audit.ui.HistoryTab;
import org.transferdesk.common.I18n;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.Recommendation;
import org.transferdesk.disclosure.ResultDeals;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.StatusChange;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.people.Department;
import org.transferdesk.people.ui.PersonPicker;
import org.transferdesk.ui.AssigneeField;
import org.transferdesk.ui.Assignees.Assignee;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.EditorTables;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.SessionWindowView;

/** The result editor: binds to {@link ResultEditorViewModel} and delegates every command to it. */
public final class ResultEditorView extends SessionWindowView<ResultEditorViewModel> {
    @FXML private TextField resultNoField;
    @FXML private DatePicker disclosedOnField;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private Label resultNoError;
    @FXML private Label disclosedOnError;
    @FXML private ComboBox<Department> departmentField;
    @FXML private ComboBox<Assignee> managerField;
    @FXML private Label managerLabel;
    @FXML private ComboBox<ResultType> typeField;
    @FXML private ComboBox<FundingSource> fundingField;
    @FXML private TextField projectField;
    @FXML private TextField fieldField;
    @FXML private CheckBox confidentialField;
    @FXML private TextArea abstractField;
    @FXML private Label sumLabel;
    @FXML private TextField addInventorField;
    @FXML private Label addInventorLabel;
    @FXML private Label inventorsError;
    @FXML private TableView<InventorRow> inventorsTable;
    @FXML private TableView<IpAsset> ipTable;
    @FXML private ComboBox<Integer> evalScientific;
    @FXML private ComboBox<Integer> evalTechnical;
    @FXML private ComboBox<Integer> evalEconomic;
    @FXML private ComboBox<Integer> evalSocial;
    @FXML private ComboBox<Recommendation> evalRecommendation;
    @FXML private TextArea evalNotes;
    @FXML private Label currentStatusLabel;
    @FXML private HBox statusChangeBox;
    @FXML private Label statusNewHint;
    @FXML private ComboBox<ResultStatus> nextStatusField;
    @FXML private DatePicker nextStatusDateField;
    @FXML private TextField nextStatusReasonField;
    @FXML private TableView<StatusChange> statusTable;
    @FXML private HistoryTab historyController;
    @FXML private TableView<ResultDeals.Row> dealsTable;
    @FXML private Button removeInventorButton;
    @FXML private Button inventorUpButton;
    @FXML private Button inventorDownButton;
    @FXML private Button editIpButton;
    @FXML private Button removeIpButton;
    @FXML private Button startPilotButton;

    private final java.util.function.LongConsumer openDeal;

    /** {@code openDeal} opens a deal of this result (double-click in the deals tab). */
    /** What "发起赋权…" calls with the saved result's id; the button shows only once this is set. */
    public ResultEditorView onStartPilot(java.util.function.LongConsumer action) {
        this.startPilot = action;
        return this;
    }

    private java.util.function.LongConsumer startPilot;

    public ResultEditorView(ResultEditorViewModel viewModel, Runnable closeRequest,
                            java.util.function.LongConsumer openDeal) {
        super(viewModel, closeRequest);
        this.openDeal = openDeal;
    }

    @Override
    public Parent build() {
        Parent root = super.build();
        startPilotButton.setVisible(startPilot != null);
        startPilotButton.setManaged(startPilot != null);
        startPilotButton.disableProperty().bind(viewModel.savedProperty().not().or(viewModel.busyProperty()));
        return root;
    }

    @Override
    protected void bind() {
        bindForm();
        bindInventors();
        bindIp();
        bindEvaluation();
        bindStatus();
        bindDeals();
        historyController.bind(viewModel.auditHistory());
        addInventorLabel.setLabelFor(addInventorField);
        Cells.isoDates(disclosedOnField);
        Cells.isoDates(nextStatusDateField);
    }

    private void bindForm() {
        ResultFormViewModel f = viewModel.form();
        resultNoField.textProperty().bindBidirectional(f.resultNoProperty());
        titleField.textProperty().bindBidirectional(f.titleProperty());
        disclosedOnField.valueProperty().bindBidirectional(f.disclosedOnProperty());
        departmentField.setItems(f.departments());
        Cells.facet(departmentField, "", Department::name);
        departmentField.valueProperty().bindBidirectional(f.departmentProperty());
        AssigneeField.bind(managerField, managerLabel, viewModel.manager());
        Cells.labeledChoices(typeField, ResultType.class, "");
        typeField.valueProperty().bindBidirectional(f.resultTypeProperty());
        Cells.labeledChoices(fundingField, FundingSource.class, "");
        fundingField.valueProperty().bindBidirectional(f.fundingProperty());
        projectField.textProperty().bindBidirectional(f.projectNumbersProperty());
        fieldField.textProperty().bindBidirectional(f.technicalFieldProperty());
        confidentialField.selectedProperty().bindBidirectional(f.confidentialProperty());
        abstractField.textProperty().bindBidirectional(f.abstractTextProperty());
        FieldErrors.validateOnLeave(resultNoField, () -> viewModel.validateField("resultNo"));
        FieldErrors.validateOnLeave(titleField, () -> viewModel.validateField("title"));
        FieldErrors.validateOnLeave(disclosedOnField, () -> viewModel.validateField("disclosedOn"));
        Map<String, Label> errorLabels = Map.of("resultNo", resultNoError, "title", titleError,
                "disclosedOn", disclosedOnError, "inventors", inventorsError);
        Map<String, javafx.scene.Node> fields = Map.of("resultNo", resultNoField, "title", titleField,
                "disclosedOn", disclosedOnField, "inventors", inventorsTable);
        FieldErrors.show(viewModel.fieldErrors(), errorLabels, fields);
    }

    private void bindInventors() {
        InventorsViewModel inv = viewModel.inventors();
        inventorsTable.setItems(inv.rows());
        EditorTables.columns(inventorsTable, List.of(ListColumn.text("person.staffNo", 110, InventorRow::staffNo),
                ListColumn.text("person.name", 160, InventorRow::name)),
                EditorTables.typed("inventors.share", 140, InventorRow::shareProperty),
                EditorTables.checked("inventors.key", 130, InventorRow::keyContributorProperty));
        EditorTables.onSelected(removeInventorButton, inventorsTable, inv::remove);
        EditorTables.moves(inventorUpButton, inventorDownButton, inventorsTable, inv::move);
        PersonPicker.shareSum(sumLabel, inv.sumTextProperty(), inv.sumOkProperty());
        PersonPicker.autocomplete(addInventorField, inv::suggest, inv::add);
    }

    private void bindIp() {
        ipTable.setItems(viewModel.ipAssets());
        Cells.columns(ipTable, List.of(ListColumn.labeled("ip.type", 110, IpAsset::type),
                ListColumn.text("ip.applicationNo", 140, IpAsset::applicationNo),
                ListColumn.text("ip.title", 200, IpAsset::title),
                ListColumn.date("ip.filedOn", 95, IpAsset::filedOn),
                ListColumn.date("ip.grantedOn", 95, IpAsset::grantedOn),
                ListColumn.labeled("ip.status", 80, IpAsset::status),
                ListColumn.text("ip.owners", 140, IpAsset::owners),
                ListColumn.date("ip.termEnd", 95, ip -> ip.termEnd().orElse(null))));
        EditorTables.onSelected(editIpButton, ipTable, this::editIp);
        EditorTables.onSelected(removeIpButton, ipTable, viewModel::removeIp);
        ipTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editIpButton.fire();
            }
        });
    }

    private void bindDeals() {
        dealsTable.setItems(viewModel.deals());
        Cells.columns(dealsTable, List.of(ListColumn.text("deal.contractNo", 120, ResultDeals.Row::contractNo),
                ListColumn.labeled("deal.mode", 90, ResultDeals.Row::mode),
                ListColumn.text("editor.deals.counterparty", 200, ResultDeals.Row::counterparty),
                ListColumn.date("deal.signedOn", 100, ResultDeals.Row::signedOn),
                ListColumn.labeled("result.status", 80, ResultDeals.Row::status),
                ListColumn.money("editor.deals.amount", 130, ResultDeals.Row::contractAmount),
                ListColumn.money("editor.deals.received", 130, ResultDeals.Row::received)));
        org.transferdesk.ui.TableKeys.openOnDoubleClickOrEnter(dealsTable, d -> openDeal.accept(d.id()));
    }

    private void bindEvaluation() {
        EvaluationViewModel e = viewModel.evaluation();
        List<ComboBox<Integer>> ratings = List.of(evalScientific, evalTechnical, evalEconomic, evalSocial);
        List<javafx.beans.property.ObjectProperty<Integer>> props = List.of(e.scientific(),
                e.technical(), e.economic(), e.social());
        for (int i = 0; i < ratings.size(); i++) {
            ComboBox<Integer> box = ratings.get(i);
            box.getItems().setAll(null, 1, 2, 3, 4, 5);
            Cells.facet(box, I18n.t("evaluation.notRated"), n -> I18n.t("evaluation.rating", n));
            box.valueProperty().bindBidirectional(props.get(i));
        }
        Cells.labeledChoices(evalRecommendation, Recommendation.class, "");
        evalRecommendation.valueProperty().bindBidirectional(e.recommendation());
        evalNotes.textProperty().bindBidirectional(e.notes());
    }

    private void bindStatus() {
        currentStatusLabel.textProperty().bind(viewModel.status().currentLabel());
        nextStatusField.setItems(viewModel.status().allowedNext());
        Cells.facet(nextStatusField, "", ResultStatus::label);
        ResultEditorViewModel.NextStatus next = viewModel.nextStatus();
        nextStatusField.valueProperty().bindBidirectional(next.status());
        nextStatusDateField.valueProperty().bindBidirectional(next.on());
        nextStatusReasonField.textProperty().bindBidirectional(next.reason());
        statusChangeBox.disableProperty().bind(viewModel.savedProperty().not());
        statusNewHint.visibleProperty().bind(viewModel.savedProperty().not());
        statusTable.setItems(viewModel.statusHistory());
        Cells.columns(statusTable, List.of(ListColumn.date("status.date", 100, StatusChange::on),
                ListColumn.labeled("status.from", 90, StatusChange::from),
                ListColumn.labeled("status.to", 90, StatusChange::to),
                ListColumn.text("status.reason", 360, StatusChange::reason),
                ListColumn.text("status.by", 100, StatusChange::by)));
    }

    @FXML
    private void onStartPilot() {
        if (startPilot != null && viewModel.current().id() != null) {
            startPilot.accept(viewModel.current().id());
        }
    }

    @FXML
    private void onAddIp() {
        IpAssetDialog.show(ipTable.getScene().getWindow(), null, viewModel.form().disclosedOnProperty().get())
                .ifPresent(viewModel::addIp);
    }

    private void editIp(IpAsset selected) {
        IpAssetDialog.show(ipTable.getScene().getWindow(), selected, viewModel.form().disclosedOnProperty().get())
                .ifPresent(updated -> viewModel.replaceIp(selected, updated));
    }

    @FXML
    private void onChangeStatus() {
        viewModel.changeStatus();
    }
}
