package org.transferdesk.fees.ui;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import org.transferdesk.common.I18n;
import org.transferdesk.fees.FeePlanRow;
import org.transferdesk.fees.ReviewRow;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.LoadingPaneView;

/**
 * The fee budget window: tab 年费预算 (the year's fees and who pays them, totals below) and tab 组合审视 (patents
 * whose coming fees exceed what they earned). Binds to {@link FeePlanViewModel}.
 */
public final class FeePlanView extends LoadingPaneView<FeePlanViewModel> {
    private static final int FIRST_YEAR = 1985;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_REVIEW_YEARS = 20;
    private static final String NONE = "—";

    @FXML private Spinner<Integer> yearField;
    @FXML private Button exportPlanButton;
    @FXML private TableView<FeePlanRow> planTable;
    @FXML private Label totalsLabel;
    @FXML private Spinner<Integer> reviewYearsField;
    @FXML private Button exportReviewButton;
    @FXML private TableView<ReviewRow> reviewTable;
    @FXML private Label reviewSummaryLabel;

    public FeePlanView(FeePlanViewModel viewModel) {
        super(viewModel, viewModel::load);
    }

    @Override
    protected void bind() {
        spinner(yearField, FIRST_YEAR, LAST_YEAR, viewModel.yearProperty());
        spinner(reviewYearsField, 1, MAX_REVIEW_YEARS, viewModel.reviewYearsProperty());

        Cells.columns(planTable, List.of(
                ListColumn.text("feesExport.col.resultNo", 100, r -> text(r.patent().resultNo())),
                ListColumn.text("feesExport.col.title", 200, r -> text(r.patent().resultTitle())),
                ListColumn.text("feesExport.col.applicationNo", 120, r -> text(r.patent().applicationNo())),
                ListColumn.labeled("feesExport.col.type", 80, r -> r.patent().type()),
                ListColumn.of("feesExport.col.feeYear", 50, r -> r.fee().year()),
                ListColumn.date("feesExport.col.dueOn", 90, r -> r.fee().dueOn()),
                ListColumn.money("feesExport.col.fullFee", 80, r -> r.fee().fullFee()),
                ListColumn.text("feesExport.col.reduction", 100, r -> r.fee().reductionLabel()),
                ListColumn.money("feesExport.col.payable", 80, r -> r.fee().payable()),
                ListColumn.money("feesExport.col.university", 80, FeePlanRow::universityPart),
                ListColumn.money("feesExport.col.coOwners", 80, FeePlanRow::coOwnersPart),
                ListColumn.text("feesExport.col.status", 60, FeePlanViewModel::status)));
        planTable.setItems(viewModel.rows());
        totalsLabel.textProperty().bind(viewModel.totalsProperty());
        exportPlanButton.disableProperty().bind(viewModel.planLoadedProperty().not());

        Cells.columns(reviewTable, List.of(
                ListColumn.text("feesExport.col.applicationNo", 130, r -> text(r.patent().applicationNo())),
                ListColumn.text("feesExport.col.title", 260, r -> text(r.patent().resultTitle())),
                ListColumn.date("feesExport.review.col.nextDue", 100, ReviewRow::nextDue),
                ListColumn.money("feePlan.review.col.fees", 120, ReviewRow::nextFees),
                ListColumn.text("feesExport.col.reduction", 150, ReviewRow::reductionLabel),
                ListColumn.money("feesExport.review.col.earned", 120, ReviewRow::earned),
                ListColumn.money("feesExport.review.col.gap", 120, ReviewRow::gap)));
        // the header names the years under review, so it follows the spinner
        reviewTable.getColumns().get(3).textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.t("feePlan.review.col.fees", String.valueOf(viewModel.reviewYearsProperty().get())),
                viewModel.reviewYearsProperty()));
        reviewTable.setItems(viewModel.reviewRows());
        reviewSummaryLabel.textProperty().bind(viewModel.reviewSummaryProperty());
        exportReviewButton.disableProperty().bind(viewModel.reviewLoadedProperty().not());
    }

    /** The spinner starts at the view model's value and hands each value it settles on back (never an empty one). */
    private static void spinner(Spinner<Integer> spinner, int min, int max, IntegerProperty target) {
        var values = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, target.get());
        spinner.setValueFactory(values);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                target.set(b);
            }
        });
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }

    /** A typed year counts when 刷新 is clicked without leaving the field; unreadable text is put back. */
    private static void commit(Spinner<Integer> spinner) {
        try {
            spinner.commitValue();
        } catch (RuntimeException e) {
            spinner.cancelEdit();
        }
    }

    @FXML
    private void onRefreshPlan() {
        commit(yearField);
        viewModel.loadPlan();
    }

    @FXML
    private void onRefreshReview() {
        commit(reviewYearsField);
        viewModel.loadReview();
    }

    @FXML
    private void onExportPlan() {
        viewModel.exportPlan();
    }

    @FXML
    private void onExportReview() {
        viewModel.exportReview();
    }
}
