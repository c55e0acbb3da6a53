package org.transferdesk.fees.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.fees.FeePlanRow;
import org.transferdesk.fees.ReviewRow;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ViewLoader;

/**
 * The fee budget window: tab 年费预算 (the year's fees and who pays them, totals below) and tab 组合审视 (patents
 * whose coming fees exceed what they earned). Binds to {@link FeePlanViewModel}.
 */
public final class FeePlanView {
    private static final int FIRST_YEAR = 1985;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_REVIEW_YEARS = 20;
    private static final String NONE = "—";

    @FXML private Spinner<Integer> yearField;
    @FXML private Button exportPlanButton;
    @FXML private TableView<FeePlanRow> planTable;
    @FXML private TableColumn<FeePlanRow, String> resultNoColumn;
    @FXML private TableColumn<FeePlanRow, String> titleColumn;
    @FXML private TableColumn<FeePlanRow, String> applicationNoColumn;
    @FXML private TableColumn<FeePlanRow, String> typeColumn;
    @FXML private TableColumn<FeePlanRow, Integer> feeYearColumn;
    @FXML private TableColumn<FeePlanRow, LocalDate> dueOnColumn;
    @FXML private TableColumn<FeePlanRow, BigDecimal> fullFeeColumn;
    @FXML private TableColumn<FeePlanRow, String> reductionColumn;
    @FXML private TableColumn<FeePlanRow, BigDecimal> payableColumn;
    @FXML private TableColumn<FeePlanRow, BigDecimal> universityColumn;
    @FXML private TableColumn<FeePlanRow, BigDecimal> coOwnersColumn;
    @FXML private TableColumn<FeePlanRow, String> statusColumn;
    @FXML private Label totalsLabel;
    @FXML private Spinner<Integer> reviewYearsField;
    @FXML private Button exportReviewButton;
    @FXML private TableView<ReviewRow> reviewTable;
    @FXML private TableColumn<ReviewRow, String> reviewApplicationNoColumn;
    @FXML private TableColumn<ReviewRow, String> reviewTitleColumn;
    @FXML private TableColumn<ReviewRow, LocalDate> nextDueColumn;
    @FXML private TableColumn<ReviewRow, BigDecimal> feesColumn;
    @FXML private TableColumn<ReviewRow, String> reviewReductionColumn;
    @FXML private TableColumn<ReviewRow, BigDecimal> earnedColumn;
    @FXML private TableColumn<ReviewRow, BigDecimal> gapColumn;
    @FXML private Label reviewSummaryLabel;

    private final FeePlanViewModel viewModel;

    public FeePlanView(FeePlanViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Builds the window's content and starts loading. */
    public Parent build() {
        Parent root = ViewLoader.load(this);
        viewModel.load();
        return root;
    }

    @FXML
    private void initialize() {
        var years = new SpinnerValueFactory.IntegerSpinnerValueFactory(FIRST_YEAR, LAST_YEAR,
                viewModel.yearProperty().get());
        yearField.setValueFactory(years);
        years.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewModel.yearProperty().set(b);
            }
        });
        var reviewYears = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_REVIEW_YEARS,
                viewModel.reviewYearsProperty().get());
        reviewYearsField.setValueFactory(reviewYears);
        reviewYears.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewModel.reviewYearsProperty().set(b);
            }
        });

        Cells.value(resultNoColumn, r -> text(r.patent().resultNo()));
        Cells.value(titleColumn, r -> text(r.patent().resultTitle()));
        Cells.value(applicationNoColumn, r -> text(r.patent().applicationNo()));
        Cells.value(typeColumn, r -> r.patent().type().label());
        Cells.value(feeYearColumn, r -> r.fee().year());
        Cells.date(dueOnColumn, r -> r.fee().dueOn());
        money(fullFeeColumn, r -> r.fee().fullFee());
        Cells.value(reductionColumn, r -> r.fee().reductionLabel());
        money(payableColumn, r -> r.fee().payable());
        money(universityColumn, FeePlanRow::universityPart);
        money(coOwnersColumn, FeePlanRow::coOwnersPart);
        Cells.value(statusColumn, FeePlanViewModel::status);
        planTable.setItems(viewModel.rows());
        totalsLabel.textProperty().bind(viewModel.totalsProperty());
        exportPlanButton.disableProperty().bind(viewModel.planLoadedProperty().not());

        Cells.value(reviewApplicationNoColumn, r -> text(r.patent().applicationNo()));
        Cells.value(reviewTitleColumn, r -> text(r.patent().resultTitle()));
        Cells.date(nextDueColumn, ReviewRow::nextDue);
        money(feesColumn, ReviewRow::nextFees);
        Cells.value(reviewReductionColumn, ReviewRow::reductionLabel);
        money(earnedColumn, ReviewRow::earned);
        money(gapColumn, ReviewRow::gap);
        feesColumn.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.t("feePlan.review.col.fees", String.valueOf(viewModel.reviewYearsProperty().get())),
                viewModel.reviewYearsProperty()));
        reviewTable.setItems(viewModel.reviewRows());
        reviewSummaryLabel.textProperty().bind(viewModel.reviewSummaryProperty());
        exportReviewButton.disableProperty().bind(viewModel.reviewLoadedProperty().not());
    }

    private static <S> void money(TableColumn<S, BigDecimal> column, Function<S, BigDecimal> getter) {
        Cells.value(column, getter);
        column.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add("money-cell");
                setAlignment(Pos.CENTER_RIGHT);
            }

            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Money.format(item));
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
