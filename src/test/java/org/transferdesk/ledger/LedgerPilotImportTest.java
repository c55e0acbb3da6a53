package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotOwner;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.ResultDeals;
import org.transferdesk.pilot.StepRecord;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.RewardServices;
import org.junit.jupiter.api.Tag;

/** The sheet 赋权 (DOMAIN §9): pilot cases with the steps the ledger dates, all or nothing. */
@Tag(TestDatabase.TAG)
class LedgerPilotImportTest {
    static final Object[] HEADER = row("成果编号", "方式", "团队份额", "使用年限", "公示开始", "公示结束", "协议日期", "登记日期",
            "转化期限");
    static final Object[][] PILOTS = {
            HEADER,
            row("R-2024-0001", "所有权", 70, null, "2024-09-18", "2024-10-08", "2024-10-15",
                    LocalDate.of(2025, 1, 10), "2026-10-15"),
            row("R-2024-0002", "长期使用权", null, 10, "2025-03-01", "2025-03-16", "2025-04-01", null, "2027-04-01")};

    @TempDir
    Path tmp;
    private Database db;
    private LedgerImporter importer;
    private PilotService pilots;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        importer = new LedgerImporter(new LedgerRepository(db.dsl()), TestDatabase.CLOCK,
                date -> RewardPolicy.Preset.NATIONAL.policy(),
                new PilotImportSettings(date -> PilotRules.DEFAULT, () -> "示例大学"));
        pilots = new PilotFixture(db, tmp, ResultDeals.NONE).service;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Path workbook(Object[][] pilotRows) throws IOException {
        return LedgerFixtures.good().sheet("赋权", pilotRows).writeTo(tmp.resolve("ledger.xlsx"));
    }

    private PilotCase caseOf(String resultNo) {
        return pilots.all().stream().filter(c -> c.resultNo().equals(resultNo)).findFirst().orElseThrow();
    }

    private String ipOwners(String resultNo) {
        return db.dsl().select(IP_ASSET.OWNERS).from(IP_ASSET).where(IP_ASSET.DISCLOSURE_ID.eq(caseOf(resultNo)
                .disclosureId())).fetchOne(IP_ASSET.OWNERS);
    }

    @Test
    void goodWorkbook_withBothModels_importsCasesWithTheirStepsAndTheCoOwners() throws IOException {
        ImportResult result = importer.importAll(workbook(PILOTS), false, ProgressSink.NONE);

        assertThat(result.counts()).contains(new SheetCounts("赋权", 2, 2, 0));
        PilotCase own = caseOf("R-2024-0001");
        assertThat(own.caseNo()).isEqualTo("FQ-2026-001");
        assertThat(own.model()).isEqualTo(PilotModel.OWNERSHIP);
        assertThat(own.teamShare()).isEqualTo(Percent.ofPercent("70"));
        assertThat(own.owners()).extracting(PilotOwner::staffNo, PilotOwner::share).containsExactly(
                tuple("T001", Percent.ofPercent("40")), tuple("T002", Percent.ofPercent("25")),
                tuple("T003", Percent.ofPercent("20")), tuple("T004", Percent.ofPercent("15")));
        assertThat(own.representativeId()).isEqualTo(own.owners().get(0).personId());
        assertThat(own.terms().convertBy()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(own.steps()).extracting(StepRecord::step, StepRecord::doneOn, StepRecord::endsOn).containsExactly(
                tuple(PilotStep.APPLICATION, null, null), tuple(PilotStep.DEPARTMENT_REVIEW, null, null),
                tuple(PilotStep.UNIVERSITY_REVIEW, null, null),
                tuple(PilotStep.PUBLICITY, LocalDate.of(2024, 9, 18), LocalDate.of(2024, 10, 8)),
                tuple(PilotStep.APPROVAL, null, null), tuple(PilotStep.AGREEMENT, LocalDate.of(2024, 10, 15), null),
                tuple(PilotStep.CNIPA_FILED, null, null), tuple(PilotStep.REGISTERED, LocalDate.of(2025, 1, 10), null));
        assertThat(own.steps()).extracting(StepRecord::actor).containsOnly(I18n.t("ledger.pilots.actor"));
        assertThat(own.steps().get(3).note()).isEqualTo(I18n.t("ledger.pilots.note"));
        assertThat(own.steps().get(0).note()).isEqualTo(I18n.t("ledger.pilots.noteUndated"));
        assertThat(own.coOwnedOn(LocalDate.of(2025, 1, 10))).isTrue();
        assertThat(ipOwners("R-2024-0001")).isEqualTo("示例大学 30%；张三 28%；李四 17.5%；王五 14%；赵六 10.5%")
                .isEqualTo(pilots.coOwnersText(own));

        PilotCase use = caseOf("R-2024-0002");
        assertThat(use.caseNo()).isEqualTo("FQ-2026-002");
        assertThat(use.model()).isEqualTo(PilotModel.LONG_TERM_USE);
        assertThat(use.useYears()).isEqualTo(10);
        assertThat(use.teamShare()).isNull();
        assertThat(use.steps()).extracting(StepRecord::step).containsExactly(PilotStep.APPLICATION,
                PilotStep.DEPARTMENT_REVIEW, PilotStep.UNIVERSITY_REVIEW, PilotStep.PUBLICITY, PilotStep.APPROVAL,
                PilotStep.AGREEMENT);
        assertThat(use.nextSteps()).containsExactly(PilotStep.CONVERTING, PilotStep.RECOVERED);
        assertThat(ipOwners("R-2024-0002")).isNull();
        assertThat(db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("pilot").and(AUDIT_LOG.ACTION.eq("IMPORT"))))
                .isEqualTo(2);
    }

    @Test
    void threeBadRows_writeNothing_andEveryErrorIsListedWithSheetRowAndColumn() throws IOException {
        Object[][] bad = {
                HEADER,
                row("R-2024-0001", "所有权", 100, null, null, null, null, null, null),
                row("R-2024-0002", "长期使用权", null, 5, "2025-03-01", "2025-03-16", "2025-04-01", null, "2027-04-01"),
                row("R-2099-0001", "所有权", 50, null, "2024-01-01", "2024-01-10", null, "2024-02-01", null)};

        ImportPreview preview = importer.preview(workbook(bad), false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column,
                ImportError::key).containsExactly(
                tuple("赋权", 2, "团队份额", "pilot.error.teamShareRange"),
                tuple("赋权", 3, "使用年限", "pilot.error.useTermShort"),
                tuple("赋权", 4, "公示结束", "pilot.step.publicityShort"),
                tuple("赋权", 4, "登记日期", "ledger.pilots.without"),
                tuple("赋权", 4, "成果编号", "ledger.pilots.unknownResult"));
        assertThat(preview.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain("???"));
        assertThatThrownBy(() -> importer.commit(preview, ProgressSink.NONE)).isInstanceOf(ImportFailedException.class);
        assertThat(pilots.count()).isZero();
        assertThat(db.dsl().fetchCount(PERSON)).isZero();
    }

    @Test
    void datesOutOfOrder_andAModelsWrongFigures_areRefused() throws IOException {
        Object[][] bad = {
                HEADER,
                row("R-2024-0001", "OWNERSHIP", 60, 10, "2024-09-18", "2024-10-08", "2024-10-08", "2024-10-01",
                        "2024-10-01"),
                row("R-2024-0002", "LONG_TERM_USE", 30, 10, "2026-11-01", "2026-11-30", null, "2026-12-01", null)};

        ImportPreview preview = importer.preview(workbook(bad), false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(
                        tuple(2, "使用年限", "ledger.pilots.yearsNotOwnership"),
                        tuple(2, "协议日期", "ledger.pilots.agreementDuringPublicity"),
                        tuple(2, "登记日期", "ledger.pilots.registeredBeforeAgreement"),
                        tuple(2, "转化期限", "pilot.step.convertByPast"),
                        tuple(3, "团队份额", "ledger.pilots.shareNotUse"),
                        tuple(3, "登记日期", "ledger.pilots.registeredNotUse"),
                        tuple(3, "公示结束", "ledger.pilots.future"),
                        tuple(3, "登记日期", "ledger.pilots.future"),
                        tuple(3, "登记日期", "ledger.pilots.without"));
    }

    @Test
    void anIneligibleType_andAResultTwiceInTheSheet_areRefused() throws IOException {
        Object[][] results = {LedgerFixtures.RESULTS[0], LedgerFixtures.RESULTS[1],
                row("R-2024-0003", "一种管理模式", "2024-05-10", "计算机学院", "OTHER", null, "T003:100*")};
        Object[][] rows = {HEADER, row("R-2024-0003", "所有权", 70, null, null, null, null, null, null),
                row("R-2024-0001", "所有权", 70, null, null, null, null, null, null),
                row("R-2024-0001", "所有权", 60, null, null, null, null, null, null)};
        Path file = TestWorkbook.create().sheet("人员", LedgerFixtures.PEOPLE).sheet("成果", results).sheet("赋权", rows)
                .writeTo(tmp.resolve("l.xlsx"));

        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(2, "成果编号", "ledger.pilots.ineligible"),
                        tuple(4, "成果编号", "ledger.duplicateInFile"));
    }

    @Test
    void aResultWithACase_isADuplicate_andUpdateReplacesOnlyAnImportedCase() throws IOException {
        importer.importAll(workbook(PILOTS), false, ProgressSink.NONE);
        Object[][] again = {HEADER,
                row("R-2024-0001", "所有权", 60, null, "2024-09-18", "2024-10-08", "2024-10-15", null, "2026-10-15"),
                PILOTS[2]};
        Path file = TestWorkbook.create().sheet("赋权", again).writeTo(tmp.resolve("again.xlsx"));

        ImportPreview duplicate = importer.preview(file, false, ProgressSink.NONE);
        assertThat(duplicate.errors()).extracting(ImportError::row, ImportError::key, e -> e.args()[1])
                .containsExactly(tuple(2, "ledger.pilots.exists", "FQ-2026-001"),
                        tuple(3, "ledger.pilots.exists", "FQ-2026-002"));

        // update: the imported cases are replaced; the grant no longer registered gives the IP its owners back
        ImportResult updated = importer.importAll(file, true, ProgressSink.NONE);
        assertThat(updated.counts()).contains(new SheetCounts("赋权", 2, 0, 2));
        PilotCase own = caseOf("R-2024-0001");
        assertThat(own.caseNo()).isEqualTo("FQ-2026-001");
        assertThat(own.teamShare()).isEqualTo(Percent.ofPercent("60"));
        assertThat(own.currentStep()).isEqualTo(PilotStep.AGREEMENT);
        assertThat(own.steps()).hasSize(6);
        assertThat(ipOwners("R-2024-0001")).isNull();
        assertThat(pilots.count()).isEqualTo(2);

        // a case worked on in TransferDesk since is the office's record now: the ledger does not replace it
        pilots.recordStep(caseOf("R-2024-0002"), PilotStep.CONVERTING, LocalDate.of(2025, 5, 1), null, "团队", null);
        ImportPreview kept = importer.preview(file, true, ProgressSink.NONE);
        assertThat(kept.errors()).extracting(ImportError::row, ImportError::key)
                .containsExactly(tuple(3, "ledger.pilots.keptInApp"));
    }

    @Test
    void csvFolder_readsThePilotSheet() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("csv"));
        LedgerFixtures.good().writeTo(tmp.resolve("base.xlsx"));
        importer.importAll(tmp.resolve("base.xlsx"), false, ProgressSink.NONE);
        Files.writeString(folder.resolve("赋权.csv"), "\uFEFF成果编号,方式,团队份额,使用年限,公示开始,公示结束,协议日期,登记日期,转化期限\n"
                + "R-2024-0002,长期使用权,,10,2025/3/1,2025-03-16,2025-04-01,,2027-04-01\n", StandardCharsets.UTF_8);

        ImportResult result = importer.importAll(folder, false, ProgressSink.NONE);

        assertThat(result.counts()).contains(new SheetCounts("赋权", 1, 1, 0));
        assertThat(caseOf("R-2024-0002").currentStep()).isEqualTo(PilotStep.AGREEMENT);
    }

    /** R-PILOT-INCOME through an imported case: E6's licence on the co-owned result is split by ownership. */
    @Test
    void anImportedRegisteredCase_makesALaterLicenceAnOwnershipSplit() throws IOException {
        RewardFixture fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
        db.dsl().insertInto(IP_ASSET).set(IP_ASSET.DISCLOSURE_ID, fixture.result.id())
                .set(IP_ASSET.IP_TYPE, "INVENTION_PATENT").set(IP_ASSET.APPLICATION_NO, "2023100000001")
                .set(IP_ASSET.STATUS, "GRANTED").set(IP_ASSET.OWNERS, "示例大学").execute();
        Path file = TestWorkbook.create().sheet("赋权", HEADER, row("R-2023-0001", "所有权", 70, null, "2024-09-18",
                "2024-10-08", "2024-10-15", "2025-01-10", "2026-10-15")).writeTo(tmp.resolve("e6.xlsx"));
        importer.importAll(file, false, ProgressSink.NONE);
        assertThat(caseOf("R-2023-0001").ownersBefore()).isEqualTo("示例大学");

        DistributionService distributions = new RewardServices(db, date -> RewardPolicy.Preset.NATIONAL.policy(),
                pilots.ownership(), TestDatabase.CLOCK).distributions;
        Deal deal = fixture.e6Licence();
        Distribution d = distributions.proposeCash(deal.id(), List.of(deal.receipts().get(0).id())).distribution();

        RewardFixture.assertE6IsOwnersIncome(d);
        assertThat(d.lines()).extracting(DistributionLine::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("274316.00", "171447.50", "137158.00", "102868.50");
    }
}
