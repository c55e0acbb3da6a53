package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.pilot.MaintenancePayer;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseBuilder;
import org.transferdesk.pilot.PilotDeadline;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotObjection;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotTerms;
import org.transferdesk.pilot.StepRecord;

class PilotRemindersTest {
    private static final LocalDate CONVERT_BY = LocalDate.of(2026, 10, 15);
    private static final LocalDate PUBLICITY_FROM = LocalDate.of(2026, 11, 18);
    private static final LocalDate PUBLICITY_END = LocalDate.of(2026, 12, 8);
    private static final Function<PilotCase, Optional<PilotDeadline>> NO_DEADLINE = c -> Optional.empty();

    /** A case whose steps were recorded along the ownership path up to {@code last} (or ended by it). */
    static PilotCase pilotCase(long id, PilotStep last, PilotObjection... objections) {
        List<StepRecord> steps = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 11, 1);
        for (PilotStep s : PilotStep.path(PilotModel.OWNERSHIP)) {
            if (last.ends() && s.compareTo(PilotStep.AGREEMENT) > 0) {
                break;
            }
            boolean publicity = s == PilotStep.PUBLICITY;
            steps.add(new StepRecord(s, publicity ? PUBLICITY_FROM : day, publicity ? PUBLICITY_END : null, "李老师",
                    null, null, null));
            day = day.plusDays(1);
            if (s == last) {
                break;
            }
        }
        if (last.ends()) {
            steps.add(StepRecord.of(last, LocalDate.of(2026, 11, 20), "李老师"));
        }
        return PilotCaseBuilder.pilotCase().disclosureId(50L + id).model(PilotModel.OWNERSHIP).id(id)
                .caseNo("FQ-2026-00" + id).resultNo("CG-" + id).resultTitle("一种电池材料")
                .resultType(ResultType.INVENTION_PATENT).department("材料学院").teamShare(Percent.ofPercent("70"))
                .representativeId(1L).conversionPlan("许可实施").negativeListBy("科技处")
                .negativeListOn(LocalDate.of(2026, 11, 2)).publicityPlace("学校主页")
                .terms(new PilotTerms(null, "团队决定", MaintenancePayer.TEAM, CONVERT_BY, "收回")).steps(steps)
                .objections(List.of(objections)).version(1).build();
    }

    private static PilotObjection objection(long id, LocalDate closedOn) {
        return new PilotObjection(id, LocalDate.of(2026, 11, 19), "王五", "贡献排序有误", closedOn == null ? null : "已更正",
                closedOn);
    }

    private static Function<PilotCase, Optional<PilotDeadline>> deadline(boolean recovery) {
        return c -> Optional.of(new PilotDeadline(CONVERT_BY, recovery ? -5 : 30, recovery ? null : 30, recovery));
    }

    @Test
    void deadline_isRemindedOnTheConversionDay() {
        PilotCase c = pilotCase(3, PilotStep.CONVERTING);

        assertThat(PilotReminders.of(List.of(c), deadline(false))).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.PILOT_DEADLINE);
            assertThat(i.rule()).isEqualTo("R-PILOT-DEADLINE");
            assertThat(i.dueOn()).isEqualTo(CONVERT_BY);
            assertThat(i.key()).isEqualTo("PILOT_DEADLINE:3:2026-10-15");
            assertThat(i.record()).isEqualTo(new RecordRef(RecordType.PILOT, 3, "FQ-2026-003 一种电池材料"));
            assertThat(i.action()).isEqualTo(I18n.t("due.action.pilotConvert"));
            assertThat(i.detail()).isEqualTo(I18n.t("due.detail.pilotDeadline", "CG-3", CONVERT_BY));
        });
    }

    @Test
    void recovery_asksForRecoveryInsteadOfConversion() {
        PilotCase c = pilotCase(3, PilotStep.CONVERTING);

        DueItem convert = PilotReminders.of(List.of(c), deadline(false)).get(0);
        DueItem recover = PilotReminders.of(List.of(c), deadline(true)).get(0);

        assertThat(recover.action()).isEqualTo(I18n.t("due.action.pilotRecovery")).isNotEqualTo(convert.action());
        assertThat(recover.dueOn()).isEqualTo(convert.dueOn());
    }

    @Test
    void noDeadline_noDeadlineItem() {
        assertThat(PilotReminders.of(List.of(pilotCase(3, PilotStep.CONVERTING)), NO_DEADLINE)).isEmpty();
    }

    @Test
    void deadlineFunction_isAskedForEachCase() {
        List<PilotCase> asked = new ArrayList<>();
        PilotReminders.of(List.of(pilotCase(3, PilotStep.CONVERTING), pilotCase(4, PilotStep.AGREEMENT)), c -> {
            asked.add(c);
            return Optional.empty();
        });

        assertThat(asked).extracting(PilotCase::id).containsExactly(3L, 4L);
    }

    @Test
    void runningPublicity_remindsItsLastDay() {
        PilotCase c = pilotCase(3, PilotStep.PUBLICITY);

        assertThat(PilotReminders.of(List.of(c), NO_DEADLINE)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.PUBLICITY_END);
            assertThat(i.rule()).isEqualTo("R-PILOT-FLOW");
            assertThat(i.dueOn()).isEqualTo(PUBLICITY_END);
            assertThat(i.key()).isEqualTo("PUBLICITY:PILOT:3:2026-12-08");
            assertThat(i.action()).isEqualTo(I18n.t("due.action.pilotPublicity"));
            assertThat(i.detail()).isEqualTo(I18n.t("due.detail.publicity", PUBLICITY_FROM, PUBLICITY_END));
        });
    }

    @Test
    void publicityOverOnceApproved_noPublicityItem() {
        assertThat(PilotReminders.of(List.of(pilotCase(3, PilotStep.APPROVAL)), NO_DEADLINE)).isEmpty();
    }

    @Test
    void openObjection_isReminded_closedOneIsNot() {
        PilotCase c = pilotCase(3, PilotStep.APPROVAL, objection(5, null), objection(6, LocalDate.of(2026, 11, 21)));

        assertThat(PilotReminders.of(List.of(c), NO_DEADLINE)).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("OBJECTION:PILOT:5");
            assertThat(i.kind()).isEqualTo(DueKind.OPEN_OBJECTION);
            assertThat(i.rule()).isEqualTo("R-PILOT-FLOW");
            assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 11, 19));
        });
    }

    @ParameterizedTest
    @EnumSource(value = PilotStep.class, names = {"RECOVERED", "EXPIRED", "REJECTED"})
    void endedCase_remindsNoObjection(PilotStep ending) {
        PilotCase c = pilotCase(3, ending, objection(5, null));

        assertThat(c.currentStep()).isEqualTo(ending);
        assertThat(PilotReminders.of(List.of(c), NO_DEADLINE)).isEmpty();
    }

    @Test
    void pilotAndDealObjectionsWithTheSameId_haveDifferentKeys() {
        PilotCase c = pilotCase(3, PilotStep.PUBLICITY, objection(5, null));
        DueItem deal = DealReminders.of(List.of(DueTestDeals.deal(1).status(org.transferdesk.deal.DealStatus.PUBLICITY)
                .publicity(PUBLICITY_FROM, null, DueTestDeals.objection(5, PUBLICITY_FROM, null)).build()),
                PUBLICITY_FROM).get(0);

        assertThat(PilotReminders.of(List.of(c), NO_DEADLINE)).extracting(DueItem::key)
                .contains("OBJECTION:PILOT:5").doesNotContain(deal.key());
    }
}
