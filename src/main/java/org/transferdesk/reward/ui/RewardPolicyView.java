package org.transferdesk.reward.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.transferdesk.reward.DatedPolicy;
import org.transferdesk.reward.RewardPolicy.LeaderEquity;
import org.transferdesk.reward.RewardPolicy.Preset;
import org.transferdesk.reward.RewardPolicy.PublicityCalendar;
import org.transferdesk.reward.RewardPolicyLabels;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Province;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.EditorChrome;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.NodeVisibility;
import org.transferdesk.ui.SettingsForms;

/** The reward-policy window: binds to {@link RewardPolicyViewModel} and delegates every command to it. */
public final class RewardPolicyView extends EditorWindowView<RewardPolicyViewModel> {
    @FXML private VBox problemsPanel;
    @FXML private VBox problemsList;
    @FXML private TableView<DatedPolicy> historyTable;
    @FXML private DatePicker fromField;
    @FXML private ComboBox<Preset> presetField;
    @FXML private TextField transferLicenseField;
    @FXML private TextField equityField;
    @FXML private TextField selfField;
    @FXML private TextField selfYearsField;
    @FXML private TextField keyField;
    @FXML private TextField transferStaffField;
    @FXML private TextField techContractField;
    @FXML private CheckBox techKeyField;
    @FXML private TextField unitUniversityField;
    @FXML private TextField unitSchoolField;
    @FXML private TextField unitOfficeField;
    @FXML private TextField publicityDaysField;
    @FXML private ComboBox<PublicityCalendar> publicityCalendarField;
    @FXML private ComboBox<LeaderEquity> leaderEquityField;
    @FXML private TextField inventionBonusField;
    @FXML private TextField otherBonusField;
    @FXML private FlowPane deductibleBox;
    @FXML private TextField unitNameField;
    @FXML private TextField unitCreditCodeField;
    @FXML private CheckBox unitNonProfitField;
    @FXML private ComboBox<Province> unitProvinceField;
    @FXML private VBox unitProblemsList;
    @FXML private ProgressIndicator busyIndicator;

    public RewardPolicyView(RewardPolicyViewModel viewModel, Runnable closeRequest) {
        super(viewModel, closeRequest);
    }

    @Override
    protected void bind() {
        Cells.columns(historyTable, List.of(ListColumn.date("rewardPolicy.from", 100, DatedPolicy::effectiveFrom),
                ListColumn.text("rewardPolicy.field.jurisdiction", 110,
                        d -> RewardPolicyLabels.preset(d.policy().jurisdiction())),
                ListColumn.text("rewardPolicy.rates", 560, d -> RewardPolicyLabels.summary(d.policy()))));
        historyTable.setItems(viewModel.history());

        Cells.isoDates(fromField);
        fromField.valueProperty().bindBidirectional(viewModel.fromProperty());
        choices(presetField, Preset.values(), RewardPolicyLabels::preset);
        presetField.valueProperty().bindBidirectional(viewModel.presetProperty());
        choices(publicityCalendarField, PublicityCalendar.values(), RewardPolicyLabels::publicityCalendar);
        publicityCalendarField.valueProperty().bindBidirectional(viewModel.publicityCalendarProperty());
        choices(leaderEquityField, LeaderEquity.values(), RewardPolicyLabels::leaderEquity);
        leaderEquityField.valueProperty().bindBidirectional(viewModel.leaderEquityProperty());
        transferLicenseField.textProperty().bindBidirectional(viewModel.transferLicenseProperty());
        equityField.textProperty().bindBidirectional(viewModel.equityProperty());
        selfField.textProperty().bindBidirectional(viewModel.selfProperty());
        selfYearsField.textProperty().bindBidirectional(viewModel.selfYearsProperty());
        keyField.textProperty().bindBidirectional(viewModel.keyProperty());
        transferStaffField.textProperty().bindBidirectional(viewModel.transferStaffProperty());
        techContractField.textProperty().bindBidirectional(viewModel.techContractProperty());
        techKeyField.selectedProperty().bindBidirectional(viewModel.techKeyProperty());
        unitUniversityField.textProperty().bindBidirectional(viewModel.unitUniversityProperty());
        unitSchoolField.textProperty().bindBidirectional(viewModel.unitSchoolProperty());
        unitOfficeField.textProperty().bindBidirectional(viewModel.unitOfficeProperty());
        publicityDaysField.textProperty().bindBidirectional(viewModel.publicityDaysProperty());
        inventionBonusField.textProperty().bindBidirectional(viewModel.inventionBonusProperty());
        otherBonusField.textProperty().bindBidirectional(viewModel.otherBonusProperty());
        viewModel.deductible().forEach((category, checked) -> {
            CheckBox box = new CheckBox(category.label());
            box.setId("deductible" + category.name());
            box.selectedProperty().bindBidirectional(checked);
            deductibleBox.getChildren().add(box);
        });
        FieldErrors.show(viewModel.fieldErrors(), Map.of(), Map.ofEntries(
                Map.entry(RewardPolicyViewModel.TRANSFER_LICENSE, transferLicenseField),
                Map.entry(RewardPolicyViewModel.EQUITY, equityField), Map.entry(RewardPolicyViewModel.SELF, selfField),
                Map.entry(RewardPolicyViewModel.SELF_YEARS, selfYearsField), Map.entry(RewardPolicyViewModel.KEY, keyField),
                Map.entry(RewardPolicyViewModel.TRANSFER_STAFF, transferStaffField),
                Map.entry(RewardPolicyViewModel.PUBLICITY_DAYS, publicityDaysField),
                Map.entry(RewardPolicyViewModel.TECH_CONTRACT, techContractField),
                Map.entry(RewardPolicyViewModel.UNIT_UNIVERSITY, unitUniversityField),
                Map.entry(RewardPolicyViewModel.UNIT_SCHOOL, unitSchoolField),
                Map.entry(RewardPolicyViewModel.UNIT_OFFICE, unitOfficeField)));

        unitNameField.textProperty().bindBidirectional(viewModel.unitNameProperty());
        unitCreditCodeField.textProperty().bindBidirectional(viewModel.unitCreditCodeProperty());
        unitNonProfitField.selectedProperty().bindBidirectional(viewModel.unitNonProfitProperty());
        Cells.labeledChoices(unitProvinceField, Province.class, I18n.t("rewardPolicy.unit.noProvince"));
        unitProvinceField.valueProperty().bindBidirectional(viewModel.unitProvinceProperty());
        SettingsForms.problemLines(viewModel.unitProblems(), unitProblemsList);

        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.isNotEmpty(viewModel.problems())));
        NodeVisibility.shownWhen(problemsPanel, Bindings.isNotEmpty(viewModel.problems()));
        viewModel.problems().addListener((ListChangeListener<String>) c -> EditorChrome.problemLines(
                viewModel.problems(), viewModel::fieldOf, viewModel.fieldErrors(), problemsList));
        EditorChrome.problemLines(viewModel.problems(), viewModel::fieldOf, viewModel.fieldErrors(), problemsList);
    }

    private static <T> void choices(ComboBox<T> combo, T[] values, Function<T, String> text) {
        combo.getItems().setAll(values);
        Cells.facet(combo, "", text);
    }
}
