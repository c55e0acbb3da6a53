package org.transferdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.calendar.CalendarDay;
import org.transferdesk.calendar.WorkCalendarRules;
import org.transferdesk.disclosure.DisclosureValidator;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.EpisodeRules;
import org.transferdesk.people.PersonEpisode;
import org.transferdesk.pilot.MaintenancePayer;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseBuilder;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotOwner;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotTerms;
import org.transferdesk.pilot.PilotValidator;
import org.transferdesk.pilot.StepRecord;

/**
 * Issue 19: every date the user types is within 1949-01-01 … 2100-12-31 (PlausibleDates) — besides the ledger, the
 * CLI, deals and results (tested there), also people's episodes (side jobs, leave, TTO staff), IP filing and grant
 * dates, the work calendar's days, and a pilot case's dates (negative list, conversion deadline, every step). One
 * boundary table for all.
 */
class PlausibleDatesEditorsTest {
    private static final String BOUNDARIES = """
            1948-12-31, true
            1949-01-01, false
            2024-06-30, false
            2100-12-31, false
            2101-01-01, true
            0000-01-01, true
            9999-12-31, true
            """;

    private static boolean outOfRange(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.key().equals("date.outOfRange"));
    }

    @ParameterizedTest(name = "episode {0} → refused {1}")
    @CsvSource(textBlock = BOUNDARIES)
    void episodeDates_startEndAndExtension(LocalDate date, boolean refused) {
        // one date at a time in each slot, the others plausible and in order
        PersonEpisode starts = new PersonEpisode(null, 1L, EpisodeKind.TTO_STAFF, null, date, null, null, null, null);
        PersonEpisode ends = new PersonEpisode(null, 1L, EpisodeKind.TTO_STAFF, null, PlausibleDates.FIRST, date, null,
                null, null);
        PersonEpisode extended = new PersonEpisode(null, 1L, EpisodeKind.TTO_STAFF, null, PlausibleDates.FIRST,
                PlausibleDates.FIRST, date.isAfter(PlausibleDates.FIRST) ? date : null, null, null);

        assertThat(outOfRange(EpisodeRules.validateFields(starts))).isEqualTo(refused);
        assertThat(outOfRange(EpisodeRules.validateFields(ends))).isEqualTo(refused);
        if (date.isAfter(PlausibleDates.FIRST)) {
            assertThat(outOfRange(EpisodeRules.validateFields(extended))).isEqualTo(refused);
        }
        assertThat(EpisodeRules.validateFields(starts)).filteredOn(p -> p.key().equals("date.outOfRange"))
                .extracting(Problem::field).containsExactlyElementsOf(refused ? List.of("startsOn") : List.of());
    }

    @ParameterizedTest(name = "work calendar {0} → refused {1}")
    @CsvSource(textBlock = BOUNDARIES)
    void workCalendarDays_ofTheirOwnYear(LocalDate date, boolean refused) {
        CalendarDay day = new CalendarDay(date, CalendarDay.Kind.HOLIDAY, "假日");
        assertThat(outOfRange(WorkCalendarRules.validate(date.getYear(), List.of(day)))).isEqualTo(refused);
    }

    @ParameterizedTest(name = "IP {0} → refused {1}")
    @CsvSource(textBlock = BOUNDARIES)
    void ipFilingAndGrantDates(LocalDate date, boolean refused) {
        IpAsset filed = new IpAsset(null, IpType.SOFTWARE_COPYRIGHT, "2024SR000001", "软件", date, null,
                IpStatus.values()[0], null);
        IpAsset granted = new IpAsset(null, IpType.SOFTWARE_COPYRIGHT, "2024SR000001", "软件", PlausibleDates.FIRST,
                date, IpStatus.values()[0], null);

        assertThat(outOfRange(DisclosureValidator.validateIp(filed, 1, null))).isEqualTo(refused);
        assertThat(outOfRange(DisclosureValidator.validateIp(granted, 1, null))).isEqualTo(refused);
    }

    @ParameterizedTest(name = "pilot {0} → refused {1}")
    @CsvSource(textBlock = BOUNDARIES)
    void pilotDates_negativeListDeadlineAndSteps(LocalDate date, boolean refused) {
        LocalDate ok = LocalDate.of(2024, 9, 13);
        assertThat(outOfRange(PilotValidator.validate(pilot(date, ok, ok), PilotRules.DEFAULT))).isEqualTo(refused);
        assertThat(outOfRange(PilotValidator.validate(pilot(ok, date, ok), PilotRules.DEFAULT))).isEqualTo(refused);
        assertThat(outOfRange(PilotValidator.validate(pilot(ok, ok, date), PilotRules.DEFAULT))).isEqualTo(refused);
    }

    private static PilotCase pilot(LocalDate negativeListOn, LocalDate convertBy, LocalDate applied) {
        return PilotCaseBuilder.pilotCase().disclosureId(7).model(PilotModel.OWNERSHIP).id(1L).caseNo("FQ-2024-001")
                .resultNo("R-1").resultTitle("成果").resultType(ResultType.INVENTION_PATENT).department("材料学院")
                .teamShare(Percent.ofPercent("70")).representativeId(11L)
                .owners(List.of(new PilotOwner(11, "T1", "甲", Percent.ofPercent("60")),
                        new PilotOwner(12, "T2", "乙", Percent.ofPercent("40"))))
                .conversionPlan("许可实施").negativeListBy("王处长").negativeListOn(negativeListOn).publicityPlace("学校主页")
                .terms(new PilotTerms(new Percent(new BigDecimal("0.5")), "团队决定", MaintenancePayer.TEAM, convertBy, "收回"))
                .steps(List.of(StepRecord.of(PilotStep.APPLICATION, applied, "李老师"))).version(3).build();
    }
}
