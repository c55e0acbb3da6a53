package org.transferdesk.fees.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.db.Database;
import org.transferdesk.fees.FeePlan;
import org.transferdesk.fees.FeePlanRow;
import org.transferdesk.fees.ReviewRow;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.TaskExecutor;

/** The fee budget window's model over a real DueService: year and N reload, totals text, exports, stale answers. */
class FeePlanViewModelTest {
    @TempDir
    Path tmp;

    private AppContext context;

    @BeforeEach
    void setUp() {
        context = new AppContext(new DataFolder(tmp).create(), Database.openInMemory("feeplan-" + UUID.randomUUID()),
                TestDatabase.CLOCK);
        FeePlanFixture.grantedPatent(context);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void defaultsToTodaysYear_andThreeYearsAhead() {
        FeePlanViewModel vm = new FeePlanViewModel(context.due(), new CurrentThreadTaskExecutor());
        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        assertThat(vm.reviewYearsProperty().get()).isEqualTo(3);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.planLoadedProperty().get()).isFalse();
    }

    @Test
    void plan2027_holdsFeeYear9_dueOnJuly14_payableByTheUniversity() {
        FeePlanViewModel vm = new FeePlanViewModel(context.due(), new CurrentThreadTaskExecutor());
        vm.load();
        vm.yearProperty().set(2027);

        assertThat(vm.rows()).hasSize(1);
        FeePlanRow row = vm.rows().get(0);
        assertThat(row.patent().applicationNo()).isEqualTo(FeePlanFixture.APPLICATION_NO);
        assertThat(row.fee().year()).isEqualTo(9);
        assertThat(row.fee().dueOn()).isEqualTo(LocalDate.of(2027, 7, 14));
        // R-PAT-FEE: fee year 9 is the 7th from the grant year, within the 10 reduced years since 2018-08-01
        assertThat(row.fee().fullFee()).isEqualByComparingTo("2000.00");
        assertThat(row.fee().payable()).isEqualByComparingTo("300.00");
        assertThat(row.fee().reductionLabel()).isEqualTo("费减85%");
        assertThat(row.universityPart()).isEqualByComparingTo("300.00");
        assertThat(row.coOwnersPart()).isEqualByComparingTo("0.00");
        assertThat(row.paid()).isFalse();
        assertThat(FeePlanViewModel.status(row)).isEqualTo("未缴");
        assertThat(vm.totalsProperty().get()).isEqualTo("共 1 项。合计 300.00 元，其中学校承担 300.00 元，共有人承担 0.00 元。");
        assertThat(vm.planLoadedProperty().get()).isTrue();
    }

    @Test
    void review_listsThePatentWhoseComingFeesExceedWhatItEarned() {
        FeePlanViewModel vm = new FeePlanViewModel(context.due(), new CurrentThreadTaskExecutor());
        vm.load();

        assertThat(vm.reviewRows()).extracting(r -> r.patent().applicationNo()).containsExactly(FeePlanFixture.APPLICATION_NO);
        ReviewRow row = vm.reviewRows().get(0);
        assertThat(row.nextDue()).isEqualTo(LocalDate.of(2027, 7, 14));
        assertThat(row.gap()).isEqualByComparingTo(row.nextFees().subtract(row.earned()));
        assertThat(vm.reviewSummaryProperty().get()).isEqualTo("统计日期 2026-11-22，未来 3 年：共 1 件专利需评估。");

        vm.reviewYearsProperty().set(1);
        assertThat(vm.reviewRows()).hasSize(1);
        assertThat(vm.reviewRows().get(0).nextFees()).isEqualByComparingTo("300.00");
        assertThat(vm.reviewRows().get(0).reductionLabel()).isEqualTo("费减85%");
    }

    @Test
    void exports_handTheShownPlanAndReview_onlyOnceLoaded() {
        List<Object> exported = new ArrayList<>();
        FeePlanViewModel vm = new FeePlanViewModel(context.due(), new CurrentThreadTaskExecutor())
                .onExports(new FeePlanViewModel.Exports() {
                    @Override
                    public void plan(FeePlan plan) {
                        exported.add(plan);
                    }

                    @Override
                    public void review(List<ReviewRow> rows, LocalDate today, int years) {
                        exported.add(List.of(rows.size(), today, years));
                    }
                });
        vm.exportPlan();
        vm.exportReview();
        assertThat(exported).isEmpty();

        vm.yearProperty().set(2027);
        vm.reviewYearsProperty().set(2);
        vm.exportPlan();
        vm.exportReview();

        assertThat(exported).hasSize(2);
        FeePlan plan = (FeePlan) exported.get(0);
        assertThat(plan.year()).isEqualTo(2027);
        assertThat(plan.total()).isEqualByComparingTo(new BigDecimal("300.00"));
        assertThat(exported.get(1)).isEqualTo(List.of(1, LocalDate.of(2026, 11, 22), 2));
    }

    @Test
    void answerToAnOlderLoad_isDropped() {
        List<BackgroundTask<?>> pending = new ArrayList<>();
        FeePlanViewModel vm = new FeePlanViewModel(context.due(), new DeferredExecutor(pending));
        vm.yearProperty().set(2027);
        vm.yearProperty().set(2030);
        assertThat(pending).hasSize(2);

        run(pending.get(1));
        run(pending.get(0));

        assertThat(vm.rows()).extracting(r -> r.fee().dueOn().getYear()).containsOnly(2030);
        assertThat(vm.rows()).extracting(r -> r.fee().year()).containsExactly(12);
    }

    @SuppressWarnings("unchecked")
    private static <T> void run(BackgroundTask<T> task) {
        try {
            task.successHandler().accept(task.work().run(null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds tasks so the test decides the order in which their answers arrive. */
    private record DeferredExecutor(List<BackgroundTask<?>> pending) implements TaskExecutor {
        @Override
        public <T> TaskHandle execute(BackgroundTask<T> task) {
            pending.add(task);
            return new TaskHandle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        @Override
        public java.util.concurrent.Executor uiThread() {
            return Runnable::run;
        }
    }
}
