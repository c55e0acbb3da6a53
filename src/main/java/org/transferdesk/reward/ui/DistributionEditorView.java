package org.transferdesk.reward.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.transferdesk.audit.ui.HistoryTab;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.Explanation;
import org.transferdesk.reward.Figures;
import org.transferdesk.reward.LineTax;
import org.transferdesk.reward.PayCap;
import org.transferdesk.reward.Tax58;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.help.HelpLinks;
import org.transferdesk.ui.EditorChrome;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.NodeVisibility;

/** The distribution editor: binds to {@link DistributionEditorViewModel}. */
public final class DistributionEditorView extends EditorWindowView<DistributionEditorViewModel> {
    @FXML private Label headerLabel;
    @FXML private Label statusLabel;
    @FXML private Label grossValue;
    @FXML private Label deductedValue;
    @FXML private Label netValue;
    @FXML private Label rateValue;
    @FXML private Label poolValue;
    @FXML private Label universityPartValue;
    @FXML private Label companyShareValue;
    @FXML private Node companyShareLabel;
    @FXML private Label unitPartsLabel;
    @FXML private Label payCapLabel;
    @FXML private TableView<DistributionEditorViewModel.LineRow> linesTable;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> staffNoColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> nameColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> roleColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> shareColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> amountColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> equityShareColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> keyColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> leaderColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> waivedColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> tax58Column;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> exemptColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, LocalDate> deadlineColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, LocalDate> filingColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, LocalDate> paidOnColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> payrollColumn;
    @FXML private TableColumn<DistributionEditorViewModel.LineRow, String> taxWithheldColumn;
    @FXML private Node overrideRow;
    @FXML private Node editHintRow;
    @FXML private TextField overrideReasonField;
    @FXML private Label overrideReasonError;
    @FXML private Label linesError;
    @FXML private Button resetButton;
    @FXML private Node publiciseRow;
    @FXML private DatePicker publicityFromPicker;
    @FXML private Label earliestEndLabel;
    @FXML private Label calendarGapLabel;
    @FXML private DatePicker publicityToPicker;
    @FXML private TextField publicityDocField;
    @FXML private TextField publicityDocNameField;
    @FXML private Node approveRow;
    @FXML private DatePicker approvedOnPicker;
    @FXML private TextField approvedByField;
    @FXML private Node payRow;
    @FXML private DatePicker paidOnPicker;
    @FXML private TextField payrollRefField;
    @FXML private Label taxWithheldError;
    @FXML private Node revokeRow;
    @FXML private TextField revokeReasonField;
    @FXML private TableView<Explanation.Step> explainTable;
    @FXML private StackPane ruleLegendBox;
    @FXML private HBox headerRow;
    @FXML private ComboBox<DistributionEditorViewModel.LineRow> taxLineChoice;
    @FXML private TextField wagesField;
    @FXML private TextField specialField;
    @FXML private TextField additionalField;
    @FXML private Label wagesError;
    @FXML private TableView<String[]> taxTable;
    @FXML private HistoryTab historyController;
    @FXML private Label grossLabel;

    private final ExportActions export;

    public DistributionEditorView(DistributionEditorViewModel viewModel, ExportActions export, Runnable closeRequest) {
        super(viewModel, closeRequest);
        this.export = export;
    }

    private Runnable exportNotice = () -> { };

    /** What "导出公示…" does (the main window writes the notice; this view knows no files). */
    public DistributionEditorView onExportNotice(Runnable action) {
        this.exportNotice = action;
        return this;
    }

    @FXML
    private void onExportNotice() {
        exportNotice.run();
    }

    @Override
    protected void bind() {
        viewModel.distributionProperty().addListener((o, a, d) -> showHeader(d));
        viewModel.payCapProperty().addListener((o, a, cap) -> showPayCap(cap));
        showPayCap(viewModel.payCapProperty().get());
        bindLines();
        bindActions();
        bindExplanation();
        bindTax();
        historyController.bind(viewModel.history());
        EditorChrome.showProblems(viewModel.session(), saveButton);
        saveButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.permissions().canEditProperty().not()));
    }

    private void showHeader(Distribution d) {
        if (d == null) {
            return;
        }
        headerLabel.setText(d.kind().label() + " · " + (d.contractNo() == null ? "" : d.contractNo() + " · ")
                + d.title() + " · " + I18n.t("reward.basisDate") + " " + d.basisDate());
        statusLabel.setText(status(d));
        Figures f = d.figures();
        // what "gross" is depends on what is distributed: receipts, the 作价 amount, a year's profit, a bonus
        grossLabel.setText(switch (d.kind()) {
            case EQUITY -> I18n.t("explain.valuation");
            case SELF_IMPLEMENTATION -> I18n.t("explain.profit", d.profitYear() == null ? "" : d.profitYear());
            case PATENT_BONUS -> I18n.t("explain.bonus");
            default -> I18n.t("reward.gross");
        });
        grossValue.setText(Money.format(f.gross()));
        deductedValue.setText(Money.format(f.deducted()));
        netValue.setText(Money.format(f.net()));
        rateValue.setText(RewardCells.percent(f.rate()));
        poolValue.setText(Money.format(f.pool()));
        universityPartValue.setText(Money.format(f.universityPart()));
        companyShareValue.setText(RewardCells.percent(f.teamCompanyShare()));
        boolean equity = f.teamCompanyShare() != null;
        companyShareLabel.setVisible(equity);
        companyShareValue.setVisible(equity);
        // R-UNIT-SPLIT: the university part's lines as stored with the distribution
        unitPartsLabel.setText(d.unitParts().isEmpty() ? "" : I18n.t("rewardEditor.unitParts", d.unitParts().stream()
                .map(u -> u.label() + " " + Money.format(u.amount())).collect(Collectors.joining(" · "))));
        unitPartsLabel.setVisible(!d.unitParts().isEmpty());
        unitPartsLabel.setManaged(!d.unitParts().isEmpty());
        equityShareColumn.setVisible(d.lines().stream().anyMatch(l -> l.equityShare() != null));
        taxWithheldColumn.setVisible(d.lines().stream().anyMatch(l -> !l.isEquity()));
    }

    /** R-45-TECH: the performance-pay flag of a technical-contract reward; the unregistered case is a warning. */
    private void showPayCap(PayCap cap) {
        payCapLabel.setText(cap == null ? "" : cap == PayCap.INSIDE_CAP
                ? I18n.t("rewardEditor.warning") + " " + I18n.t("rewardEditor.payCapInside") : cap.label());
        payCapLabel.getStyleClass().remove("field-error");
        if (cap == PayCap.INSIDE_CAP) {
            payCapLabel.getStyleClass().add("field-error");
        }
        payCapLabel.setVisible(cap != null);
        payCapLabel.setManaged(cap != null);
    }

    private static String status(Distribution d) {
        var w = d.workflow();
        StringBuilder b = new StringBuilder(d.isNew() ? I18n.t("rewardEditor.unsaved") : d.status().label());
        if (w.publicityFrom() != null || w.publicityDocNo() != null) {
            b.append(" · ").append(I18n.t("rewardEditor.publicityShown", w.publicityFrom() == null ? "" : w.publicityFrom(),
                    w.publicityTo() == null ? "" : w.publicityTo(), String.join(" ", java.util.stream.Stream.of(
                            w.publicityDocNo(), w.publicityDocName()).filter(java.util.Objects::nonNull).toList())));
        } else if (w.publicisedPerLedger()) {
            b.append(" · ").append(I18n.t("explain.publicisedPerLedger"));
        }
        if (w.approvedOn() != null) {
            b.append(" · ").append(I18n.t("rewardEditor.approvedShown", w.approvedOn(),
                    w.approvedBy() == null ? "" : w.approvedBy()));
        }
        if (w.revokedOn() != null) {
            b.append(" · ").append(I18n.t("rewardEditor.revokedShown", w.revokedOn(), w.revokeReason()));
        }
        if (d.overrideReason() != null) {
            b.append(" · ").append(I18n.t("rewardEditor.overrideShown", d.overrideReason()));
        }
        return b.toString();
    }

    private void bindLines() {
        linesTable.setItems(viewModel.lines());
        linesTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        linesTable.editableProperty().bind(viewModel.permissions().canEditProperty().or(viewModel.permissions().canPayProperty()));
        Cells.value(staffNoColumn, r -> r.line().staffNo());
        Cells.value(nameColumn, r -> r.line().name());
        Cells.labeled(roleColumn, r -> r.line().role());
        Cells.value(shareColumn, r -> RewardCells.percent(r.line().share()));
        Cells.value(amountColumn, r -> Money.format(r.line().amount()));
        amountColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        amountColumn.editableProperty().bind(viewModel.permissions().canEditProperty());
        amountColumn.setOnEditCommit(e -> {
            if (!viewModel.setAmount(e.getRowValue().position(), e.getNewValue())) {
                linesTable.refresh();
            }
        });
        RewardCells.right(amountColumn);
        RewardCells.right(shareColumn);
        Cells.value(equityShareColumn, r -> RewardCells.percent(r.line().equityShare()));
        Cells.value(keyColumn, r -> yesNo(r.line().keyContributor()));
        Cells.labeled(leaderColumn, r -> r.line().leaderRole());
        Cells.value(waivedColumn, r -> r.line().waived() ? I18n.t("common.yes") : "");
        Cells.value(tax58Column, r -> tax58(r.tax()));
        tax58Column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        Cells.value(exemptColumn, r -> r.tax().applicable() ? Money.format(r.tax().eligibility().exemptPart()) : "");
        RewardCells.right(exemptColumn);
        Cells.date(deadlineColumn, r -> r.tax().applicable() ? r.tax().eligibility().paymentDeadline() : null);
        Cells.date(filingColumn, r -> r.tax().filingDue());
        Cells.date(paidOnColumn, r -> r.line().paidOn());
        Cells.value(payrollColumn, r -> r.line().payrollRef());
        TaxWithheldColumn.bind(linesTable, taxWithheldColumn, viewModel, viewModel.permissions().canPayProperty());
        NodeVisibility.shownWhen(editHintRow, viewModel.permissions().canEditProperty());
        NodeVisibility.shownWhen(overrideRow, viewModel.linesChangedProperty());
        overrideReasonField.textProperty().bindBidirectional(viewModel.overrideReasonProperty());
        resetButton.disableProperty().bind(viewModel.linesChangedProperty().not());
        Map<String, Node> checked = Map.of("overrideReason", overrideReasonField, "publicityFrom", publicityFromPicker,
                "publicityTo", publicityToPicker, "approvedOn", approvedOnPicker, "approvedBy", approvedByField,
                "paidOn", paidOnPicker, "revokeReason", revokeReasonField);
        checked.forEach((field, node) -> FieldErrors.validateOnLeave(node, () -> viewModel.validateField(field)));
        Map<String, Node> fields = new java.util.HashMap<>(checked);
        fields.put("lines", linesTable);
        fields.put("wages", wagesField);
        FieldErrors.show(viewModel.fieldErrors(), Map.of("overrideReason", overrideReasonError, "lines", linesError,
                "wages", wagesError, TaxWithheldEntries.FIELD, taxWithheldError), fields);
    }

    static String tax58(LineTax tax) {
        if (!tax.applicable()) {
            return I18n.t("rewardEditor.tax58.notApplicable");
        }
        Tax58.Eligibility e = tax.eligibility();
        if (e.partial()) {
            return I18n.t("rewardEditor.tax58.partial", org.transferdesk.common.Money.format(e.exemptPart()));
        }
        return e.eligible() ? I18n.t("rewardEditor.tax58.eligible") : I18n.t("rewardEditor.tax58.failed",
                e.failed().stream().map(Tax58.Condition::label).collect(Collectors.joining("、")));
    }

    private static String yesNo(boolean value) {
        return value ? I18n.t("common.yes") : I18n.t("common.no");
    }

    private void bindActions() {
        for (DatePicker p : new DatePicker[] {publicityFromPicker, publicityToPicker, approvedOnPicker, paidOnPicker}) {
            Cells.isoDates(p);
        }
        NodeVisibility.shownWhen(publiciseRow, viewModel.permissions().canPubliciseProperty());
        NodeVisibility.shownWhen(approveRow, viewModel.permissions().canApproveProperty());
        NodeVisibility.shownWhen(payRow, viewModel.permissions().canPayProperty());
        NodeVisibility.shownWhen(revokeRow, viewModel.permissions().canRevokeProperty());
        ActionForm actions = viewModel.actions();
        publicityFromPicker.valueProperty().bindBidirectional(actions.publicity().fromProperty());
        publicityToPicker.valueProperty().bindBidirectional(actions.publicity().toProperty());
        earliestEndLabel.textProperty().bind(actions.publicity().earliestEndProperty());
        calendarGapLabel.textProperty().bind(actions.publicity().calendarWarningProperty());
        NodeVisibility.shownWhen(calendarGapLabel, actions.publicity().calendarWarningProperty().isNotEmpty()
                .and(viewModel.permissions().canPubliciseProperty()));
        publicityDocField.textProperty().bindBidirectional(actions.document().number());
        publicityDocNameField.textProperty().bindBidirectional(actions.document().name());
        approvedOnPicker.valueProperty().bindBidirectional(actions.approval().on());
        approvedByField.textProperty().bindBidirectional(actions.approval().by());
        paidOnPicker.valueProperty().bindBidirectional(actions.payment().on());
        payrollRefField.textProperty().bindBidirectional(actions.payment().payrollRef());
        revokeReasonField.textProperty().bindBidirectional(actions.revokeReason());
    }

    private void bindExplanation() {
        explainTable.setItems(viewModel.explanation());
        Cells.columns(explainTable, ExplanationTable.COLUMNS);
        ExplanationTable.linkRules(explainTable, ruleLegendBox);
        headerRow.getChildren().add(HelpLinks.helpButton(HelpLinks.REWARDS));
    }

    private void bindTax() {
        taxLineChoice.setItems(viewModel.lines());
        Cells.facet(taxLineChoice, "", r -> r.line().staffNo() + " " + r.line().name() + " · "
                + Money.format(r.line().amount()));
        TaxEstimateViewModel tax = viewModel.tax();
        taxLineChoice.valueProperty().bindBidirectional(tax.lineProperty());
        wagesField.textProperty().bindBidirectional(tax.wagesProperty());
        specialField.textProperty().bindBidirectional(tax.specialDeductionsProperty());
        additionalField.textProperty().bindBidirectional(tax.additionalDeductionsProperty());
        taxTable.setItems(tax.rows());
        Cells.columns(taxTable, List.of(ListColumn.text("rewardEditor.explain.item", 300, r -> r[0]),
                ListColumn.<String[]>text("rewardEditor.explain.amount", 200, r -> r[1]).aligned(ListColumn.Align.RIGHT)));
    }

    @FXML
    private void onReset() {
        viewModel.resetLines();
    }

    @FXML
    private void onPublicise() {
        viewModel.publicise();
    }

    @FXML
    private void onApprove() {
        viewModel.approve();
    }

    @FXML
    private void onPay() {
        Set<Integer> chosen = linesTable.getSelectionModel().getSelectedItems().stream()
                .filter(r -> r != null && !r.line().isPaid())
                .map(DistributionEditorViewModel.LineRow::position).collect(Collectors.toSet());
        viewModel.pay(chosen);
    }

    @FXML
    private void onRevoke() {
        viewModel.revoke();
    }

    @FXML
    private void onEstimate() {
        viewModel.tax().estimate();
    }

    @FXML
    private void onCopyExplanation() {
        ClipboardContent content = new ClipboardContent();
        content.putString(ExplanationTable.text(viewModel.explanation()));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void onExportExplanation() {
        export.exportXlsx(viewModel.explanationFileName(), viewModel.explanationHeading(),
                ExplanationTable.AMOUNT_COLUMNS, ExplanationTable.headers(),
                () -> ExplanationTable.printRows(viewModel.explanation()));
    }
}
