package org.transferdesk.reward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.TestServiceWiring;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;
import org.transferdesk.export.PrintedListReadBack;
import org.transferdesk.export.TableExport;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealService;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.KeystrokeComparisons;
import org.junit.jupiter.api.Tag;

/** The reward screens' view models on a real database: propose, override, publicise, pay too early. */
@Tag(TestDatabase.TAG)
class DistributionEditorViewModelTest {
    private Database db;
    private DistributionService service;
    private DisclosureService disclosures;
    private DealService deals;
    private RewardFixture fixture;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final DataEvents events = new DataEvents();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @BeforeEach
    void setUp() {
        I18n.setLocale(I18n.CHINESE);
        db = TestDatabase.fresh();
        AuditRepository audit = new AuditRepository(db.dsl());
        disclosures = TestServiceWiring.disclosures(db, audit);
        service = TestServiceWiring.distributions(db, audit, disclosures, date -> RewardPolicy.Preset.BEIJING.policy());
        deals = TestServiceWiring.deals(db, audit);
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private DistributionEditorViewModel proposeE1() {
        Deal deal = fixture.e1Licence("E1", true);
        ProposalViewModel proposal = new ProposalViewModel(service, deals, disclosures, executor);
        proposal.load(deal.id(), () -> { });
        assertThat(proposal.kindProperty().get()).isEqualTo(DistributionKind.CASH);
        assertThat(proposal.receipts()).hasSize(1);
        assertThat(proposal.receipts().get(0).chosen().get()).isTrue();
        DistributionEditorViewModel editor = new DistributionEditorViewModel(service, executor, dialogs, events);
        proposal.propose(editor::show);
        assertThat(proposal.problems()).isEmpty();
        return editor;
    }

    @Test
    void receiptsChosenInTheDealEditor_areTheOnesTicked() {
        Deal deal = fixture.licence("TWO", true, java.util.List.of(
                new org.transferdesk.deal.Receipt(null, java.time.LocalDate.of(2024, 3, 1), new java.math.BigDecimal("1000.00"), null, null),
                new org.transferdesk.deal.Receipt(null, java.time.LocalDate.of(2024, 9, 1), new java.math.BigDecimal("2000.00"), null, null)),
                java.util.List.of());
        long second = deal.receipts().stream().filter(r -> r.amount().compareTo(new java.math.BigDecimal("2000")) == 0)
                .findFirst().orElseThrow().id();
        ProposalViewModel proposal = new ProposalViewModel(service, deals, disclosures, executor);
        proposal.preselectReceipts(java.util.Set.of(second));
        proposal.load(deal.id(), () -> { });
        assertThat(proposal.receipts()).extracting(r -> r.chosen().get()).containsExactly(false, true);

        ProposalViewModel all = new ProposalViewModel(service, deals, disclosures, executor);
        all.load(deal.id(), () -> { });
        assertThat(all.receipts()).extracting(r -> r.chosen().get()).containsExactly(true, true);
    }

    @Test
    void proposal_showsLinesUnsaved_andSaveStoresTheDraft() {
        DistributionEditorViewModel editor = proposeE1();
        assertThat(editor.distributionProperty().get().isNew()).isTrue();
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.lines()).extracting(r -> r.line().amount().toPlainString())
                .containsExactly("520072.00", "325045.00", "260036.00", "195027.00");
        assertThat(editor.problems()).isEmpty();
        assertThat(editor.explanation()).extracting(s -> s.rule()).contains("R-NET", "R-45-1", "R-TAX58");

        boolean[] saved = new boolean[1];
        editor.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isTrue();
        assertThat(editor.distributionProperty().get().id()).isNotNull();
        assertThat(editor.permissions().canPubliciseProperty().get()).isTrue();
        assertThat(service.list(null)).hasSize(1);
        assertThat(editor.history()).isNotEmpty();
    }

    @Test
    void proposalWithoutReceipts_isRefusedWithAMessage() {
        Deal deal = fixture.e1Licence("E1", true);
        ProposalViewModel proposal = new ProposalViewModel(service, deals, disclosures, executor);
        proposal.load(null, () -> { });
        proposal.dealProperty().set(proposal.dealChoices().stream().filter(d -> d.id() == deal.id()).findFirst()
                .orElseThrow());
        proposal.receipts().forEach(r -> r.chosen().set(false));
        proposal.propose(p -> { throw new AssertionError("no proposal expected"); });
        assertThat(proposal.problems()).containsExactly(I18n.t("proposal.chooseReceipts"));
    }

    @Test
    void overrideWithoutReason_isRefused_andNothingIsSaved() {
        DistributionEditorViewModel editor = proposeE1();
        editor.save(ok -> { });
        long id = editor.distributionProperty().get().id();

        assertThat(editor.setAmount(2, "250036.00")).isTrue();
        assertThat(editor.setAmount(3, "205027.00")).isTrue();
        assertThat(editor.linesChangedProperty().get()).isTrue();
        assertThat(editor.problems()).isEmpty();
        boolean[] saved = {true};
        editor.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isFalse();
        assertThat(editor.fieldErrors()).containsKey("overrideReason");
        assertThat(service.find(id).orElseThrow().lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("520072.00", "325045.00", "260036.00", "195027.00");

        editor.overrideReasonProperty().set("丁负责中试放大，多承担工作");
        editor.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isTrue();
        Distribution stored = service.find(id).orElseThrow();
        assertThat(stored.lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("520072.00", "325045.00", "250036.00", "205027.00");
        assertThat(stored.overrideReason()).isEqualTo("丁负责中试放大，多承担工作");
    }

    /** Issue 24, item 9: after a refused save, each marked field is checked again as it is edited. */
    @Test
    void aRefusedOverride_listsItsReasonWithItsField_andTypingOneTakesItOffTheList() {
        DistributionEditorViewModel editor = proposeE1();
        editor.save(ok -> { });
        editor.setAmount(2, "250036.00");
        editor.setAmount(3, "205027.00");
        editor.save(ok -> assertThat(ok).isFalse());
        String reason = I18n.t("reward.override.reasonRequired");
        assertThat(editor.problems()).containsExactly(reason);
        assertThat(editor.session().fieldOf(reason)).contains("overrideReason");

        editor.setAmount(3, "205028.00");
        assertThat(editor.problems()).as("the lines' rule and, once asked for, the reason")
                .contains(reason).anyMatch(p -> p.contains("各行合计"));
        assertThat(editor.problems().stream().map(p -> editor.session().fieldOf(p).orElse("")).toList())
                .containsOnly("lines", "overrideReason");
        editor.setAmount(3, "205027.00");
        assertThat(editor.problems()).containsExactly(reason);

        editor.overrideReasonProperty().set("丁负责中试放大");
        editor.validateField("overrideReason");
        assertThat(editor.problems()).isEmpty();
        assertThat(editor.fieldErrors()).doesNotContainKey("overrideReason");
    }

    @Test
    void aRefusedStep_marksItsFields_andFixingThemTakesTheirProblemsOffTheList() {
        DistributionEditorViewModel editor = proposeE1();
        editor.save(ok -> { });
        editor.actions().publicity().fromProperty().set(LocalDate.of(2026, 10, 12));
        editor.publicise();
        editor.actions().approval().on().set(null);
        editor.actions().approval().by().set("");
        editor.approve();
        assertThat(editor.problems()).containsExactly(I18n.t("reward.approve.dateRequired"),
                I18n.t("reward.approve.byRequired"));

        editor.actions().approval().by().set("校长办公会");
        editor.validateField("approvedBy");
        assertThat(editor.problems()).containsExactly(I18n.t("reward.approve.dateRequired"));
        assertThat(editor.session().fieldOf(editor.problems().get(0))).contains("approvedOn");

        editor.actions().approval().on().set(LocalDate.of(2026, 11, 10));
        editor.validateField("approvedOn");
        assertThat(editor.problems()).isEmpty();
        assertThat(editor.distributionProperty().get().status()).as("checked, not recorded")
                .isEqualTo(DistributionStatus.PUBLICISING);
    }

    @Test
    void aWarning_readsAsOne_inTheListAsInTheLines() {
        DistributionEditorViewModel editor = proposeE1();
        editor.session().list(java.util.List.of(org.transferdesk.common.Problem.warning("reward.lines.none", "lines")));
        assertThat(editor.problems()).containsExactly(I18n.t("rewardEditor.warning") + " " + I18n.t("reward.lines.none"));
        assertThat(editor.session().fieldOf(editor.problems().get(0))).contains("lines");
    }

    @Test
    void overrideBreakingTheTotal_showsTheProblemAtOnce() {
        DistributionEditorViewModel editor = proposeE1();
        editor.setAmount(0, "1.00");
        assertThat(editor.problems()).isNotEmpty();
        assertThat(editor.setAmount(1, "abc")).isFalse();
        assertThat(editor.fieldErrors()).containsKey("lines");
    }

    @Test
    void publicise_showsTheEarliestEnd_andPayingBeforeItEnds_isRefusedChangingNothing() {
        DistributionEditorViewModel editor = proposeE1();
        editor.save(ok -> { });
        long id = editor.distributionProperty().get().id();
        LocalDate from = service.today();
        LocalDate earliest = service.earliestPublicityEnd(from);
        editor.actions().publicity().fromProperty().set(from);
        assertThat(editor.actions().publicity().earliestEndProperty().get()).contains(earliest.toString());
        assertThat(editor.actions().publicity().toProperty().get()).isEqualTo(earliest);

        editor.actions().document().number().set("科转公示〔2026〕1号");
        editor.publicise();
        assertThat(editor.distributionProperty().get().status()).isEqualTo(DistributionStatus.PUBLICISING);
        assertThat(editor.permissions().canPayProperty().get()).isTrue();

        editor.actions().payment().on().set(from);
        editor.actions().payment().payrollRef().set("GZ-2026-11");
        editor.pay(Set.of());
        assertThat(String.join("\n", editor.problems())).contains(earliest.toString()).contains("公示期满前不能登记发放");
        Distribution stored = service.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(DistributionStatus.PUBLICISING);
        assertThat(stored.lines()).noneMatch(DistributionLine::isPaid);
        assertThat(editor.lines()).noneMatch(r -> r.line().isPaid());
    }

    @Test
    void taxWithheld_typedPerLine_isRecordedWithThePayment_andATooLargeOneIsRefusedAtTheLine() {
        DistributionEditorViewModel editor = proposeE1();
        editor.save(ok -> { });
        long id = editor.distributionProperty().get().id();
        assertThat(editor.setTaxWithheld(0, "100")).isFalse(); // a draft takes no payment yet
        editor.actions().publicity().fromProperty().set(LocalDate.of(2026, 10, 12));
        editor.publicise();
        editor.actions().approval().on().set(LocalDate.of(2026, 11, 10));
        editor.actions().approval().by().set("校长办公会");
        editor.approve();
        assertThat(editor.distributionProperty().get().status()).isEqualTo(DistributionStatus.APPROVED);
        assertThat(editor.acceptsTaxWithheld(editor.lines().get(0))).isTrue();

        assertThat(editor.setTaxWithheld(0, "41,605.76")).isTrue();
        assertThat(editor.taxWithheldText(editor.lines().get(0))).isEqualTo("41,605.76");
        assertThat(editor.setTaxWithheld(1, "325045.01")).isFalse();
        assertThat(editor.fieldErrors().get("taxWithheld")).isEqualTo("乙老师：代扣个税（325,045.01）不能超过奖励金额（325,045.00）。");
        assertThat(editor.taxWithheldText(editor.lines().get(1))).isEmpty();
        assertThat(editor.setTaxWithheld(2, "abc")).isFalse();
        assertThat(editor.fieldErrors().get("taxWithheld")).contains("abc");
        assertThat(editor.setTaxWithheld(2, "-1")).isFalse();
        assertThat(editor.setTaxWithheld(2, "")).isTrue(); // empty: not recorded
        assertThat(editor.fieldErrors()).doesNotContainKey("taxWithheld");

        editor.actions().payment().on().set(LocalDate.of(2026, 11, 20));
        editor.actions().payment().payrollRef().set("GZ-2026-11");
        editor.pay(Set.of());
        assertThat(editor.problems()).isEmpty();
        Distribution stored = service.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(DistributionStatus.PAID);
        assertThat(stored.lines()).extracting(DistributionLine::taxWithheld)
                .containsExactly(new java.math.BigDecimal("41605.76"), null, null, null);
        assertThat(editor.taxWithheldText(editor.lines().get(0))).isEqualTo("41,605.76");
        assertThat(editor.acceptsTaxWithheld(editor.lines().get(0))).isFalse(); // paid: recorded, no longer typed
        assertThat(editor.setTaxWithheld(1, "10")).isFalse();
    }

    @Test
    void taxEstimate_showsWhat58Saves() {
        DistributionEditorViewModel editor = proposeE1();
        editor.tax().wagesProperty().set("300000");
        editor.tax().estimate();
        assertThat(editor.tax().rows()).hasSize(6);
        assertThat(editor.tax().rows().get(5)[1]).isNotEqualTo("0.00");
    }

    @Test
    void list_filtersAndProposesAllWithASummary() {
        fixture.e1Licence("E1", true);
        DistributionListViewModel list = new DistributionListViewModel(service, executor, dialogs, events);
        list.load();
        assertThat(list.rows()).isEmpty();
        list.proposeAll(null);
        assertThat(dialogs.infos).hasSize(1);
        assertThat(list.rows()).hasSize(1);
        list.searchTextProperty().set("甲教授");
        assertThat(list.shownCount()).isEqualTo(1);
        list.filters().status().set(DistributionStatus.PAID);
        assertThat(list.shownCount()).isZero();
        list.clearFilters();
        assertThat(list.visibleRowsForExport()).hasSize(1);
        assertThat(list.totalsProperty().get()).contains("1,300,180.00");
        // issue 20: the filter of a sorted table compares no rows
        assertThat(KeystrokeComparisons.count(list.sortedRows(), list.searchTextProperty())).isZero();
    }

    @Test
    void batchSummary_namesWhatCouldNotBeDistributed() {
        String text = DistributionListViewModel.summary(new org.transferdesk.reward.BatchOutcome(List.of(),
                List.of(new org.transferdesk.reward.BatchOutcome.Skipped("C-1", "2024-06-20 100.00", "原因"))));
        assertThat(text).contains("C-1").contains("原因");
    }

    @Test
    void theExplanationExport_printsLikeAList_withItsDistributionAboveAndItsAmountsInYuan(@TempDir Path dir) {
        DistributionEditorViewModel editor = proposeE1();
        editor.save(ok -> { });
        Path file = dir.resolve("说明.xlsx");
        TableExport.writeListXlsx(file, new TableExport.ListHeading(editor.explanationFileName(),
                editor.explanationHeading(), LocalDate.of(2026, 11, 22), ExplanationTable.AMOUNT_COLUMNS),
                ExplanationTable.headers(), ExplanationTable.printRows(editor.explanation()));

        PrintedListReadBack.check(file, "奖励分配说明-E1", "奖励分配：转让/许可奖励 · E1 · 状态：草拟",
                ExplanationTable.headers(), sheet -> {
                    List<org.apache.poi.xssf.usermodel.XSSFCell> figures = new java.util.ArrayList<>();
                    for (int r = TableExport.LIST_HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                        figures.add(sheet.getRow(r).getCell(ExplanationTable.FIGURE));
                    }
                    assertThat(figures).hasSize(editor.explanation().size());
                    var deal = figures.get(0);
                    assertThat(deal.getStringCellValue()).as("a contract number stays text").isEqualTo("E1");
                    var received = figures.stream().filter(c -> c.getCellType()
                            == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && c.getNumericCellValue() == 2_000_000).findFirst().orElseThrow();
                    PrintedListReadBack.assertMoney(received, new java.math.BigDecimal("2000000.00"));
                    assertThat(figures).as("a cost deducted prints negative").anyMatch(c -> c.getCellType()
                            == org.apache.poi.ss.usermodel.CellType.NUMERIC && c.getNumericCellValue() == -12_000);
                    assertThat(figures).filteredOn(c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING)
                            .extracting(c -> c.getStringCellValue()).as("only the contract number is text")
                            .containsExactly("E1");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "1,234.50     | 1234.50",
        "-12,000.00   | -12000.00",
        "−12,000.00   | -12000.00",
        "−E1          | null",
        "0.00         | 0.00",
        "E1           | null",
        "2024001      | null",
        "50%          | null",
        "''           | null"})
    void aFigureIsAnAmount_onlyWhenItIsTheTextAnAmountShowsAs(String figure, java.math.BigDecimal amount) {
        Object printed = ExplanationTable.amountOrText(figure);
        if (amount == null) {
            assertThat(printed).isEqualTo(figure);
        } else {
            assertThat(printed).isEqualTo(amount);
        }
    }
}
