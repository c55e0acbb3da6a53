package org.transferdesk.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.ManagerFieldChecks;
import org.transferdesk.common.AttachmentCheck;
import org.transferdesk.common.Percent;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.Explanation;
import org.transferdesk.reward.Proposal;
import org.transferdesk.reward.RewardFixture;
import org.junit.jupiter.api.Tag;

/** Pilot cases on a real database: the workflow, the registration's effect on IP and income (E6), corrections. */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class PilotServiceTest {
    @TempDir
    Path dataRoot;
    private Database db;
    private RewardFixture fixture;
    private PilotFixture pilots;
    private PilotService service;

    @BeforeEach
    void setUp(Database db) {
        this.db = db;
        fixture = PilotFixture.e1ResultWithGrantedPatent(db.dsl());
        pilots = new PilotFixture(db, dataRoot, ResultDeals.NONE);
        service = pilots.service;
    }

    private PilotCase saved(String teamShare) {
        return service.save(PilotFixture.complete(service.draftFor(fixture.result.id()), Percent.ofPercent(teamShare)));
    }

    /** Issue 22: 经办人/技术经理人 is stored, read back with the account's name, listed and audited under its label. */
    @Test
    void managerLogin_isStoredReadByName_listed_andAudited() {
        ManagerFieldChecks.addManagerAccount(db);
        PilotCase draft = PilotFixture.complete(service.draftFor(fixture.result.id()), Percent.ofPercent("60"));
        PilotCase saved = service.save(PilotCaseBuilder.toBuilder(draft).managerLogin("zhangmin").build());

        PilotCase loaded = service.find(saved.id()).orElseThrow();
        assertThat(loaded.managerLogin()).isEqualTo("zhangmin");
        assertThat(loaded.managerName()).isEqualTo("张敏");
        assertThat(service.list()).singleElement().satisfies(r -> {
            assertThat(r.manager()).isEqualTo("张敏");
            assertThat(r.searchText()).contains("张敏");
        });
        service.save(PilotCaseBuilder.toBuilder(loaded).managerLogin(null).managerName(null).build());

        assertThat(service.find(saved.id()).orElseThrow().managerLogin()).isNull();
        ManagerFieldChecks.assertNamedThenCleared(service.history(saved.id()), PilotAuditLabels.all(), "pilot");
    }

    @Test
    void aDraftTakesTheTeamFromTheResult_andSavingNumbersIt() {
        PilotCase draft = service.draftFor(fixture.result.id());
        assertThat(draft.owners()).extracting(PilotOwner::staffNo).containsExactly("R001", "R002", "R003", "R004");
        assertThat(draft.owners()).extracting(o -> o.share().toString()).containsExactly("40%", "25%", "20%", "15%");
        assertThat(draft.representativeId()).isEqualTo(fixture.team.get(0).id());
        PilotCase saved = saved("70");
        assertThat(saved.caseNo()).isEqualTo("FQ-2026-001");
        assertThat(service.history(saved.id())).isNotEmpty();
        assertThatThrownBy(() -> service.draftFor(fixture.result.id())).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("FQ-2026-001"));
    }

    @Test
    void stepsAreRecordedInOrder_andAnOutOfOrderStepChangesNothing() {
        PilotCase c = saved("70");
        assertThatThrownBy(() -> service.recordStep(c, PilotStep.PUBLICITY, LocalDate.of(2024, 9, 18),
                LocalDate.of(2024, 10, 8), "李", null)).isInstanceOf(ValidationException.class);
        assertThat(service.find(c.id()).orElseThrow().steps()).isEmpty();
        PilotCase walked = pilots.walkTo(c, PilotStep.REGISTERED);
        assertThat(PilotFixture.steps(walked)).containsExactly(PilotStep.APPLICATION, PilotStep.DEPARTMENT_REVIEW,
                PilotStep.UNIVERSITY_REVIEW, PilotStep.PUBLICITY, PilotStep.APPROVAL, PilotStep.AGREEMENT,
                PilotStep.CNIPA_FILED, PilotStep.REGISTERED);
        assertThat(walked.step(PilotStep.PUBLICITY).orElseThrow().endsOn()).isEqualTo(PilotFixture.PUBLICITY_END);
    }

    @Test
    void anOpenObjectionStopsTheApproval_untilItIsClosed() {
        PilotCase c = pilots.walkTo(saved("70"), PilotStep.PUBLICITY);
        c = service.saveObjection(c, new PilotObjection(null, LocalDate.of(2024, 9, 25), "某教师", "团队份额偏高", null, null));
        PilotCase objected = c;
        assertThatThrownBy(() -> service.recordStep(objected, PilotStep.APPROVAL, LocalDate.of(2024, 10, 10), null,
                "校长办公会", null)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.key())
                        .contains("pilot.step.openObjections"));
        PilotObjection open = c.objections().get(0);
        c = service.saveObjection(c, new PilotObjection(open.id(), open.receivedOn(), open.raisedBy(), open.content(),
                "已向异议人说明份额依据", LocalDate.of(2024, 10, 9)));
        c = service.recordStep(c, PilotStep.APPROVAL, LocalDate.of(2024, 10, 10), null, "校长办公会", "会议纪要〔2024〕12号");
        assertThat(c.currentStep()).isEqualTo(PilotStep.APPROVAL);
    }

    @Test
    void sharesCannotChangeOncePublicised() {
        PilotCase c = pilots.walkTo(saved("70"), PilotStep.PUBLICITY);
        PilotCase changed = PilotFixture.complete(c, Percent.ofPercent("80"));
        assertThatThrownBy(() -> service.save(changed)).isInstanceOf(ValidationException.class);
        assertThat(service.find(c.id()).orElseThrow().teamShare()).isEqualTo(Percent.ofPercent("70"));
        PilotCase otherPlan = withPlanAndNegativeList(c, "改为自行实施", c.negativeListBy());
        assertThatThrownBy(() -> service.save(otherPlan)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theNegativeListConfirmationCannotChangeOnceTheReviewReliedOnIt() {
        PilotCase reviewed = pilots.walkTo(saved("70"), PilotStep.UNIVERSITY_REVIEW);
        PilotCase other = withPlanAndNegativeList(reviewed, reviewed.conversionPlan(), "另一人");
        assertThatThrownBy(() -> service.save(other)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.key())
                        .containsExactly("pilot.error.frozenAfterReview"));
        PilotCase departmentOnly = pilots.walkTo(service.save(PilotFixture.complete(
                service.draftFor(otherResult()), Percent.ofPercent("70"))), PilotStep.DEPARTMENT_REVIEW);
        PilotCase corrected = service.save(withPlanAndNegativeList(departmentOnly, departmentOnly.conversionPlan(),
                "科技处 赵处长"));
        assertThat(corrected.negativeListBy()).isEqualTo("科技处 赵处长");
    }

    private long otherResult() {
        var d = fixture.result;
        return new DisclosureRepository(db.dsl()).save(new org.transferdesk.disclosure.Disclosure(null, "R-2023-0002",
                "另一项成果", d.disclosedOn(), null, null, d.resultType(), null, null, null, null, false, d.status(),
                null, d.inventors(), List.of(), List.of(), null, null, 0), "test", java.time.LocalDateTime.of(2026, 11, 22, 9, 0)).id();
    }

    private static PilotCase withPlanAndNegativeList(PilotCase c, String plan, String negativeListBy) {
        return PilotCaseBuilder.toBuilder(c).conversionPlan(plan).negativeListBy(negativeListBy).build();
    }

    @Test
    void registrationMakesTheIpShowTheCoOwners_andRecoveryGivesItBack() {
        PilotCase c = pilots.walkTo(saved("70"), PilotStep.CNIPA_FILED);
        assertThat(ipOwners()).isNull();
        c = service.recordStep(c, PilotStep.REGISTERED, LocalDate.of(2025, 1, 10), null, "国家知识产权局", "手续合格通知书");
        assertThat(ipOwners()).isEqualTo("示例大学 30%；甲教授 28%；乙老师 17.5%；丙博士 14%；丁工程师 10.5%");
        assertThat(service.ownership().on(fixture.result.id(), LocalDate.of(2025, 1, 9))).isEmpty();
        assertThat(service.ownership().on(fixture.result.id(), LocalDate.of(2025, 1, 10))).isPresent();
        c = service.recordStep(c, PilotStep.CONVERTING, LocalDate.of(2025, 1, 11), null, "团队", null);
        c = service.recordStep(c, PilotStep.RECOVERED, LocalDate.of(2026, 10, 20), null, "科技处", "期限届满未转化");
        assertThat(ipOwners()).isNull();
        assertThat(service.ownership().on(fixture.result.id(), LocalDate.of(2026, 10, 20))).isEmpty();
        assertThat(service.ownership().on(fixture.result.id(), LocalDate.of(2026, 10, 19))).isPresent();
        c = service.undoLastStep(c, "误录");
        assertThat(c.currentStep()).isEqualTo(PilotStep.CONVERTING);
        assertThat(ipOwners()).startsWith("示例大学 30%");
    }

    @Test
    void anUnconvertedCaseCanBeRecoveredBeforeItsRegistration_leavingTheIpAlone() {
        PilotCase c = pilots.walkTo(saved("70"), PilotStep.CNIPA_FILED);
        assertThat(c.nextSteps()).contains(PilotStep.RECOVERED);
        c = service.recordStep(c, PilotStep.RECOVERED, LocalDate.of(2026, 10, 20), null, "科技处", "逾期未转化");
        assertThat(c.currentStep()).isEqualTo(PilotStep.RECOVERED);
        assertThat(ipOwners()).isNull();
    }

    @Test
    void aRecoveredCaseIsNotReopenedWhileAnotherCaseOfTheResultIsOpen() {
        PilotCase first = pilots.walkTo(saved("70"), PilotStep.AGREEMENT);
        PilotCase recovered = service.recordStep(first, PilotStep.RECOVERED, LocalDate.of(2026, 10, 20), null, "科技处", null);
        PilotCase second = service.save(PilotFixture.complete(service.draftFor(fixture.result.id()), Percent.ofPercent("60")));
        assertThatThrownBy(() -> service.undoLastStep(recovered, "误录")).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains(second.caseNo()));
        assertThat(service.find(recovered.id()).orElseThrow().currentStep()).isEqualTo(PilotStep.RECOVERED);
    }

    @Test
    void aLaterChangeOfTheMinimumTerm_doesNotStopAnAgreedUseRightFromGoingOn() {
        PilotCase draft = service.draftFor(fixture.result.id());
        PilotCase use = PilotFixture.complete(PilotCaseBuilder.toBuilder(draft).id(null).caseNo(null)
                .model(PilotModel.LONG_TERM_USE).teamShare(null).useYears(10).renewalYears(0)
                .useFee(new BigDecimal("20000.00")).conversionPlan(null).negativeListBy(null).negativeListOn(null)
                .publicityPlace(null).terms(PilotTerms.NONE).steps(List.of()).objections(List.of()).ownersBefore(null)
                .version(0).build(), null);
        PilotCase c = pilots.walkTo(service.save(use), PilotStep.CONVERTING);
        pilots.office.set(PilotSettings.MIN_USE_YEARS, LocalDate.of(2025, 6, 1), "15");
        c = service.recordStep(c, PilotStep.CONVERTED, LocalDate.of(2025, 7, 1), null, "团队", "许可合同已签订");
        assertThat(c.currentStep()).isEqualTo(PilotStep.CONVERTED);
        assertThat(service.validate(c)).isEmpty();
    }

    @Test
    void termsTheLedgerDidNotHoldCanBeFilledInAfterTheAgreement_recordedOnesCannotChange() {
        PilotCase c = pilots.walkTo(saved("70"), PilotStep.AGREEMENT);
        db.dsl().update(org.transferdesk.db.jooq.Tables.PILOT_CASE)
                .setNull(org.transferdesk.db.jooq.Tables.PILOT_CASE.DECISION_RIGHTS).execute();
        PilotCase imported = service.find(c.id()).orElseThrow();
        PilotCase filled = service.save(withTerms(imported, new PilotTerms(null, "团队决定", imported.terms().maintenancePayer(),
                imported.terms().convertBy(), imported.terms().recoveryRule())));
        assertThat(filled.terms().decisionRights()).isEqualTo("团队决定");
        assertThatThrownBy(() -> service.save(withTerms(filled, new PilotTerms(null, "学校决定",
                filled.terms().maintenancePayer(), filled.terms().convertBy(), filled.terms().recoveryRule()))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.save(withTerms(filled, new PilotTerms(Percent.ofPercent("50"), "团队决定",
                filled.terms().maintenancePayer(), filled.terms().convertBy(), filled.terms().recoveryRule()))))
                .isInstanceOf(ValidationException.class);
    }

    private static PilotCase withTerms(PilotCase c, PilotTerms terms) {
        return PilotCaseBuilder.toBuilder(c).terms(terms).build();
    }

    @Test
    void objectionsAreNotDatedAfterToday() {
        PilotCase c = pilots.walkTo(saved("70"), PilotStep.PUBLICITY);
        assertThatThrownBy(() -> service.saveObjection(c, new PilotObjection(null, LocalDate.of(2026, 11, 23), "某",
                "异议", null, null))).isInstanceOf(ValidationException.class);
    }

    private String ipOwners() {
        return db.dsl().select(IP_ASSET.OWNERS).from(IP_ASSET).where(IP_ASSET.DISCLOSURE_ID.eq(fixture.result.id()))
                .fetchOne(IP_ASSET.OWNERS);
    }

    /** E6: co-owned licence, receipt 1,000,000.00, costs 20,300.00, ownership 30:70. */
    @Test
    void e6_aDealOnACoOwnedResult_isSplitByOwnership_withNoRewardLines() {
        pilots.walkTo(saved("70"), PilotStep.REGISTERED);
        DistributionService distributions = pilots.distributions();
        Deal deal = fixture.e6Licence();
        Proposal p = distributions.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()));
        Distribution d = p.distribution();
        assertThat(p.problems()).isEmpty();
        RewardFixture.assertE6IsOwnersIncome(d);
        assertThat(d.figures().net()).isEqualByComparingTo("979700.00");
        assertThat(d.lines()).extracting(DistributionLine::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("274316.00", "171447.50", "137158.00", "102868.50");
        assertThat(distributions.taxes(d)).allSatisfy(t -> assertThat(t.applicable()).isFalse());
        assertThat(distributions.explain(d).steps()).extracting(Explanation.Step::rule).contains("R-PILOT-INCOME")
                .doesNotContain("R-45-1", "R-TAX58", "R-KEY");

        // owners' income now stands on the registration: it cannot be taken back until that is revoked
        distributions.saveDraft(d);
        PilotCase registered = service.findByCaseNo("FQ-2026-001").orElseThrow();
        PilotCase converting = service.recordStep(registered, PilotStep.CONVERTING, LocalDate.of(2025, 3, 2), null,
                "团队", null);
        PilotCase back = service.undoLastStep(converting, "误录");
        assertThatThrownBy(() -> service.undoLastStep(back, "误录")).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("E6"));
        assertThat(service.find(back.id()).orElseThrow().currentStep()).isEqualTo(PilotStep.REGISTERED);
    }

    @Test
    void aRecoveryCannotBeTakenBack_onceIncomeSinceHasBeenRewarded() {
        PilotCase c = pilots.walkTo(saved("70"), PilotStep.CONVERTING);
        PilotCase recovered = service.recordStep(c, PilotStep.RECOVERED, LocalDate.of(2026, 10, 20), null, "科技处", null);
        DistributionService distributions = pilots.distributions();
        Deal deal = fixture.licence("L-2026", true,
                List.of(new Receipt(null, LocalDate.of(2026, 11, 1), new BigDecimal("100000.00"), null, null)), List.of());
        Distribution reward = distributions.proposeCash(deal.id(), List.of(deal.receipts().get(0).id())).distribution();
        assertThat(reward.kind()).isEqualTo(DistributionKind.CASH);
        distributions.saveDraft(reward);
        assertThatThrownBy(() -> service.undoLastStep(recovered, "误录")).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("L-2026"));
        assertThat(service.find(recovered.id()).orElseThrow().currentStep()).isEqualTo(PilotStep.RECOVERED);
    }

    @Test
    void receiptsOnBothSidesOfTheRegistration_areNotDistributedTogether() {
        pilots.walkTo(saved("70"), PilotStep.REGISTERED);
        DistributionService distributions = pilots.distributions();
        Deal deal = fixture.licence("E6-3", true, List.of(
                new Receipt(null, LocalDate.of(2024, 12, 1), new BigDecimal("100000.00"), null, null),
                new Receipt(null, LocalDate.of(2025, 3, 1), new BigDecimal("200000.00"), null, null)), List.of());
        List<Long> both = deal.receipts().stream().map(Receipt::id).toList();
        assertThatThrownBy(() -> distributions.proposeCash(deal.id(), both)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.key())
                        .containsExactly("reward.propose.acrossOwnershipChange"));
        Receipt before = deal.receipts().stream().filter(r -> r.receivedOn().getYear() == 2024).findFirst().orElseThrow();
        assertThat(distributions.proposeCash(deal.id(), List.of(before.id())).distribution().kind())
                .isEqualTo(DistributionKind.CASH);
    }

    @Test
    void aContractOnSeveralResults_oneCoOwned_isProposedAsARewardWithAWarning() {
        pilots.walkTo(saved("70"), PilotStep.REGISTERED);
        long other = otherResult();
        DistributionService distributions = pilots.distributions();
        Deal deal = fixture.licence("E6-2", true,
                List.of(new Receipt(null, LocalDate.of(2025, 3, 1), new BigDecimal("1000000.00"), null, null)),
                List.of(), List.of(new org.transferdesk.deal.ResultRef(fixture.result.id(), "R-2023-0001", "甲"),
                        new org.transferdesk.deal.ResultRef(other, "R-2023-0002", "乙")));
        Proposal p = distributions.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()));
        assertThat(p.distribution().kind()).isEqualTo(DistributionKind.CASH);
        assertThat(p.problems()).anySatisfy(problem -> {
            assertThat(problem.key()).isEqualTo("reward.propose.coOwnedAmongSeveral");
            assertThat(problem.isError()).isFalse();
            assertThat(problem.message()).contains("R-2023-0001");
        });
    }

    @Test
    void aLicenceBeforeTheRegistration_isStillAReward() {
        pilots.walkTo(saved("70"), PilotStep.CNIPA_FILED);
        assertThat(service.ownership().on(fixture.result.id(), LocalDate.of(2025, 3, 1))).isEmpty();
    }

    @Test
    void aLongTermUseRightUnderTenYears_isRefused_unlessTheRenewalSettingAllowsIt() {
        PilotCase draft = service.draftFor(fixture.result.id());
        PilotCase use = PilotCaseBuilder.toBuilder(draft).id(null).caseNo(null).model(PilotModel.LONG_TERM_USE)
                .teamShare(null).useYears(5).renewalYears(5).useFee(new BigDecimal("20000.00")).conversionPlan("自行实施")
                .negativeListBy(null).negativeListOn(null).publicityPlace(null).terms(PilotTerms.NONE).steps(List.of())
                .objections(List.of()).ownersBefore(null).version(0).build();
        assertThatThrownBy(() -> service.save(use)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.key())
                        .containsExactly("pilot.error.useTermShort"));
        assertThat(service.count()).isZero();
        pilots.office.set(PilotSettings.SHORT_FIRST_TERM, LocalDate.of(2026, 1, 1), "true");
        PilotCase saved = service.save(use);
        assertThat(saved.useYears()).isEqualTo(5);
        assertThat(saved.useFee()).isEqualByComparingTo("20000.00");
        assertThat(saved.teamShare()).isNull();
    }

    @Test
    void anIneligibleResultCannotStartACase() {
        db.dsl().update(org.transferdesk.db.jooq.Tables.DISCLOSURE)
                .set(org.transferdesk.db.jooq.Tables.DISCLOSURE.RESULT_TYPE, "OTHER").execute();
        assertThatThrownBy(() -> service.draftFor(fixture.result.id())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void stepDocumentsAreStoredHashedAndAudited(@TempDir Path source) throws Exception {
        PilotCase c = pilots.walkTo(saved("70"), PilotStep.APPLICATION);
        Path file = Files.writeString(source.resolve("申请书.pdf"), "abc");
        PilotAttachment a = service.attach(c.id(), PilotStep.APPLICATION, file);
        assertThat(a.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(service.verify(a)).isEqualTo(AttachmentCheck.INTACT);
        assertThat(service.attachments(c.id())).hasSize(1);
        service.removeAttachment(a.id());
        assertThat(service.attachments(c.id())).isEmpty();
        assertThat(Files.exists(service.resolve(a))).isFalse();
    }

    @Test
    void theListFlagsACasePastItsDeadline_unlessADealConvertedIt() {
        PilotCase c = pilots.walkTo(saved("70"), PilotStep.CONVERTING);
        PilotCase due = PilotFixture.complete(c, Percent.ofPercent("70"));
        assertThat(due.terms().convertBy()).isEqualTo(LocalDate.of(2026, 10, 15));
        List<PilotCaseSummary> rows = service.list();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.overdue()).isTrue();
            assertThat(r.step()).isEqualTo(PilotStep.CONVERTING);
            assertThat(r.coOwned()).isTrue();
        });
        List<LocalDate> signed = new ArrayList<>(List.of(LocalDate.of(2025, 5, 1)));
        PilotService withDeal = new PilotFixture(db, dataRoot, id -> signed).service;
        assertThat(withDeal.list()).singleElement().satisfies(r -> assertThat(r.overdue()).isFalse());
    }
}
