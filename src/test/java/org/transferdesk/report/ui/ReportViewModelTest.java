package org.transferdesk.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.DealMode;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.CheckKind;
import org.transferdesk.report.DataCheck;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;

/** The report page's view models without the toolkit, over an in-memory application (report year 2025). */
class ReportViewModelTest {
    @TempDir
    Path tmp;

    private ReportUiFixture f;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final DataEvents events = new DataEvents();
    private final List<RecordRef> opened = new ArrayList<>();
    private ReportViewModel vm;

    @BeforeEach
    void setUp() {
        f = new ReportUiFixture(tmp);
        vm = newViewModel();
        vm.load();
    }

    private ReportViewModel newViewModel() {
        return new ReportViewModel(f.context.reports(), new CurrentThreadTaskExecutor(), dialogs, events, opened::add);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** The cell of {@code table} whose figure comes from {@code path} (the last one: this year in the overview). */
    private static Figure figure(FigureTable table, String path) {
        return table.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> path.equals(c.path()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no figure " + path));
    }

    private FigureTable section(String titleKey) {
        return vm.sections().stream().filter(t -> t.title().equals(I18n.t(titleKey))).findFirst().orElseThrow();
    }

    @Test
    void loadsTheLastCompleteYear_figuresAreTheServices() {
        AnnualReport expected = f.context.reports().figures(2025);
        assertThat(vm.yearProperty().get()).isEqualTo(2025);
        assertThat(vm.loadingProperty().get()).isFalse();
        FigureTable modes = section("reportExport.conversionTable");
        assertThat(figure(modes, "modes.LICENSE.contracts").value().intValue())
                .isEqualTo(expected.mode(DealMode.LICENSE).contracts()).isEqualTo(1);
        assertThat(figure(modes, "modes.LICENSE.contractAmount").text()).isEqualTo("50.00");
        assertThat(figure(modes, "modes.LICENSE.contractAmount").exact()).isEqualTo("500,000.00 元");
        assertThat(figure(modes, "modes.TRANSFER.received").value())
                .isEqualByComparingTo(expected.mode(DealMode.TRANSFER).received());
        assertThat(figure(section("reportExport.cooperationTable"), "totals.all.received").text()).isEqualTo("140.00");
        FigureTable overview = vm.overviewProperty().get();
        assertThat(overview.columns()).first().isEqualTo("2021年");
        assertThat(overview.columns()).contains("2025年");
        assertThat(figure(overview, "totals.all.contracts").text()).isEqualTo("1");
        Figure change = overview.rows().get(0).cells().get(overview.columns().size() - 1);
        assertThat(change.text()).isEqualTo("0 (0.00%)");
        assertThat(vm.projects()).extracting(l -> l.row().contractNo()).containsExactly("R-TRA-1", "R-LIC-1");
        assertThat(vm.statusProperty().get()).contains("2025");
    }

    @Test
    void selectingAFigure_showsTheRecordsThatMakeIt() {
        AnnualReport expected = f.context.reports().figures(2025);
        Figure received = figure(section("reportExport.cooperationTable"), "totals.all.received");
        vm.trace().show(I18n.t("reportFigure.all"), I18n.t("reportFigure.received"), received);
        assertThat(vm.trace().lines()).containsExactlyElementsOf(expected.traceOf("totals.all.received"));
        assertThat(vm.trace().lines()).extracting(l -> l.record().id())
                .containsExactlyInAnyOrder(f.licence.id(), f.transfer.id());
        assertThat(vm.trace().totalProperty().get()).contains("1,400,000.00");
        vm.trace().open(vm.trace().lines().get(0));
        assertThat(opened).hasSize(1).allMatch(r -> r.type() == RecordType.DEAL);
    }

    @Test
    void dataChecks_countedInTheTabTitleAndTheWarning_andOpenTheirRecord() {
        assertThat(vm.checks()).extracting(DataCheck::kind)
                .containsExactlyInAnyOrder(CheckKind.NOT_REGISTERED, CheckKind.NO_RESULT);
        assertThat(vm.checksTitleProperty().get()).isEqualTo("数据检查（2）");
        assertThat(vm.checksWarningProperty().get()).isEqualTo("2 条数据问题，导出前请核对");
        vm.open(vm.checks().get(0).record());
        assertThat(opened).containsExactly(vm.checks().get(0).record());
        vm.openProject(vm.projects().get(0));
        assertThat(opened.get(1)).isEqualTo(new RecordRef(RecordType.DEAL, f.transfer.id(), "R-TRA-1"));
    }

    @Test
    void savedText_isShownAgainOnTheNextLoad() {
        ReportTextViewModel text = vm.text();
        text.officeStaffProperty().set("5");
        text.technologyManagersProperty().set("3");
        text.partProperty(NarrativePart.WORK_DONE).set("全年完成转化合同两项。");
        assertThat(text.isDirty()).isTrue();
        List<Boolean> saved = new ArrayList<>();
        text.save(saved::add);
        assertThat(saved).containsExactly(true);
        assertThat(text.isDirty()).isFalse();
        assertThat(dialogs.notices).contains("2025 年报告文字已保存。");
        assertThat(section("reportExport.office").rows().get(0).cell(0).text()).as("the figures reloaded").isEqualTo("5");

        ReportViewModel again = newViewModel();
        again.load();
        assertThat(again.text().officeStaffProperty().get()).isEqualTo("5");
        assertThat(again.text().partProperty(NarrativePart.WORK_DONE).get()).isEqualTo("全年完成转化合同两项。");
        assertThat(again.text().draftHintProperty().get()).isEmpty();
        assertThat(again.sections().get(again.sections().size() - 1).rows().get(0).cell(0).text()).isEqualTo("5");
    }

    @Test
    void aLaterYear_startsFromTheEarlierText_asADraft() {
        vm.text().officeStaffProperty().set("5");
        vm.text().partProperty(NarrativePart.POLICY).set("落实赋权改革。");
        vm.text().save(ok -> { });
        assertThat(vm.chooseYear(2026)).isTrue();
        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        assertThat(vm.text().draftHintProperty().get()).isEqualTo("以 2025 年文本为起点，保存后生效");
        assertThat(vm.text().partProperty(NarrativePart.POLICY).get()).isEqualTo("落实赋权改革。");
        assertThat(vm.text().isDirty()).isFalse();
        vm.text().save(ok -> { });
        assertThat(f.context.reports().text(2026).isDraft()).isFalse();
        assertThat(f.context.reports().text(2026).officeStaff()).isEqualTo(5);
    }

    @Test
    void negativeStaff_isRefused_andNothingIsSaved() {
        vm.text().officeStaffProperty().set("-1");
        List<Boolean> saved = new ArrayList<>();
        vm.text().save(saved::add);
        assertThat(saved).containsExactly(false);
        assertThat(vm.text().problems()).containsExactly("转化机构人员数：人数不能为负数。");
        assertThat(vm.text().isDirty()).isTrue();
        assertThat(f.context.reports().text(2025).version()).isZero();
        assertThat(f.context.reports().text(2025).officeStaff()).isNull();

        vm.text().officeStaffProperty().set("五");
        vm.text().save(saved::add);
        assertThat(vm.text().problems()).containsExactly("转化机构人员数：请填写整数");
    }

    @Test
    void switchingYearWithUnsavedText_asksFirst() {
        vm.text().partProperty(NarrativePart.CASES).set("典型案例草稿");
        dialogs.confirmAnswer = false;
        assertThat(vm.chooseYear(2024)).isFalse();
        assertThat(vm.yearProperty().get()).isEqualTo(2025);
        assertThat(vm.text().partProperty(NarrativePart.CASES).get()).isEqualTo("典型案例草稿");

        events.allChanged();
        assertThat(vm.text().partProperty(NarrativePart.CASES).get()).as("a reload keeps the edits")
                .isEqualTo("典型案例草稿");

        dialogs.confirmAnswer = true;
        assertThat(vm.chooseYear(2024)).isTrue();
        assertThat(vm.yearProperty().get()).isEqualTo(2024);
        assertThat(vm.text().partProperty(NarrativePart.CASES).get()).isEmpty();
        assertThat(figure(section("reportExport.conversionTable"), "modes.TRANSFER.contracts").text()).isEqualTo("1");
    }

    @Test
    void changedConventions_reloadTheFigures() {
        assertThat(figure(section("reportExport.conversionTable"), "modes.TRANSFER.contracts").text()).isEqualTo("0");
        ReportConventionsViewModel rules = new ReportConventionsViewModel(f.context.reports(), f.context.office(),
                new CurrentThreadTaskExecutor(), dialogs, org.transferdesk.TestDatabase.clockOn(LocalDate.of(2026, 11, 22)), vm::reload);
        rules.load();
        assertThat(rules.valueProperty(ReportConventions.CONTRACT_YEAR).get()).isEqualTo("SIGNED");
        // issue 24 item 4: the label names the convention; the codes are choices shown by their labels
        assertThat(rules.label(ReportConventions.CONTRACT_YEAR)).doesNotContain("SIGNED");
        assertThat(rules.editor(ReportConventions.CONTRACT_YEAR).shown("REGISTERED"))
                .isEqualTo(ReportConventions.ContractYear.REGISTERED.label());
        rules.valueProperty(ReportConventions.CONTRACT_YEAR).set("REGISTERED");
        rules.fromProperty().set(LocalDate.of(2025, 1, 1));
        List<Boolean> saved = new ArrayList<>();
        rules.save(saved::add);
        assertThat(saved).containsExactly(true);
        assertThat(figure(section("reportExport.conversionTable"), "modes.TRANSFER.contracts").text()).isEqualTo("1");
        assertThat(vm.current().current().conventions().contractYear())
                .isEqualTo(ReportConventions.ContractYear.REGISTERED);
    }

    @Test
    void refusedConvention_changesNothing() {
        ReportConventionsViewModel rules = new ReportConventionsViewModel(f.context.reports(), f.context.office(),
                new CurrentThreadTaskExecutor(), dialogs, org.transferdesk.TestDatabase.clockOn(LocalDate.of(2026, 11, 22)), vm::reload);
        rules.load();
        rules.valueProperty(ReportConventions.LARGE).set("100;50;10");
        List<Boolean> saved = new ArrayList<>();
        rules.save(saved::add);
        assertThat(saved).containsExactly(false);
        assertThat(rules.problems()).hasSize(1);
        assertThat(f.context.reports().conventions(2026)).isEqualTo(ReportConventions.DEFAULT);
    }
}
