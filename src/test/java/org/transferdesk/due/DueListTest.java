package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.due.DueTestDeals.deal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.pilot.PilotStep;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/** The service over a real database: done marks, due.remindFrom, the report deadline setting. */
@Tag(TestDatabase.TAG)
class DueListTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private DueFixture f;

    @BeforeEach
    void setUp() {
        f = new DueFixture();
        f.deals.add(deal(1).instalment(11, LocalDate.of(2025, 6, 30), "5000.00")
                .instalment(12, LocalDate.of(2026, 11, 27), "5000.00").build());
        f.deals.add(deal(2).status(DealStatus.PUBLICITY).publicity(LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 12, 5)).build());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private List<String> openKeys() {
        return f.service.open(TODAY).stream().map(DueItem::key).toList();
    }

    @Test
    void open_everySourceEarliestFirst() {
        assertThat(f.service.today()).isEqualTo(TODAY);
        assertThat(openKeys()).containsExactly("INSTALMENT:11", "ANNUAL_REPORT:2025", "INSTALMENT:12",
                "PUBLICITY:DEAL:2:2026-12-05", "ANNUAL_REPORT:2026");
    }

    @Test
    void markDone_hidesTheItemForGood_undoBringsItBack() {
        f.service.markDone("INSTALMENT:12", TODAY, "  已催款，对方承诺月底付  ");

        assertThat(openKeys()).doesNotContain("INSTALMENT:12").hasSize(4);
        assertThat(f.service.doneMarks()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("INSTALMENT:12");
            assertThat(m.doneOn()).isEqualTo(TODAY);
            assertThat(m.doneBy()).isEqualTo(Actor.current());
            assertThat(m.note()).isEqualTo("已催款，对方承诺月底付");
        });

        f.service.markDone("INSTALMENT:12", TODAY.minusDays(1), "again");
        assertThat(f.service.doneMarks()).singleElement().satisfies(m -> assertThat(m.doneOn()).isEqualTo(TODAY));

        f.service.undoDone("INSTALMENT:12");
        assertThat(openKeys()).contains("INSTALMENT:12");
        assertThat(f.service.doneMarks()).isEmpty();
    }

    @Test
    void blankNote_isStoredAsNone() {
        f.service.markDone("INSTALMENT:12", TODAY, "   ");

        assertThat(f.service.doneMarks()).singleElement().satisfies(m -> assertThat(m.note()).isNull());
    }

    @Test
    void remindFrom_dropsOlderDeadlines() {
        f.office.set(DueService.REMIND_FROM, LocalDate.of(2026, 1, 1), "2026-01-01");

        assertThat(f.service.remindFrom(TODAY)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(openKeys()).containsExactly("ANNUAL_REPORT:2025", "INSTALMENT:12", "PUBLICITY:DEAL:2:2026-12-05",
                "ANNUAL_REPORT:2026");
    }

    @Test
    void remindFrom_keepsAPilotRecoveryFlagWhateverItsDate() {
        f.office.set(DueService.REMIND_FROM, LocalDate.of(2026, 1, 1), "2026-11-01");
        // the fixture's case must convert by 2026-10-15: passed, so it is flagged for recovery
        f.pilotCases.add(PilotRemindersTest.pilotCase(3, PilotStep.CONVERTING));

        assertThat(f.service.open(TODAY)).filteredOn(i -> i.kind() == DueKind.PILOT_DEADLINE).singleElement()
                .satisfies(i -> {
                    assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
                    assertThat(i.action()).isEqualTo(I18n.t("due.action.pilotRecovery"));
                });
    }

    @Test
    void within_includesOverdue_andUrgentCountUsesTheSmallestLevel() {
        assertThat(f.service.within(TODAY, 5)).extracting(DueItem::key)
                .containsExactly("INSTALMENT:11", "ANNUAL_REPORT:2025", "INSTALMENT:12");
        assertThat(f.service.reminderDays(TODAY)).containsExactly(90, 60, 30, 7);
        assertThat(f.service.urgentCount(TODAY)).isEqualTo(3);

        f.office.set(DueService.REMINDER_DAYS, LocalDate.of(2026, 1, 1), "30,14");
        assertThat(f.service.urgentCount(TODAY)).isEqualTo(4);
    }

    @Test
    void reportDeadline_settingInForceOnFirstJanuaryOfTheDeadlinesYear() {
        f.office.set(DueService.REPORT_DEADLINE, LocalDate.of(2027, 1, 1), "04-15");

        assertThat(f.service.reportDeadline(2026)).isEqualTo(MonthDay.of(3, 30));
        assertThat(f.service.reportDeadline(2027)).isEqualTo(MonthDay.of(4, 15));
        assertThat(f.service.open(TODAY)).filteredOn(i -> i.kind() == DueKind.ANNUAL_REPORT)
                .extracting(DueItem::dueOn).containsExactly(LocalDate.of(2026, 3, 30), LocalDate.of(2027, 4, 15));
    }

    @Test
    void markingTheConversionReminderDone_doesNotHideTheLaterRecoveryFlag() {
        f.pilotCases.add(PilotRemindersTest.pilotCase(3, PilotStep.CONVERTING));
        LocalDate before = LocalDate.of(2026, 9, 1);
        f.today(before);
        DueItem convert = f.service.open(before).stream().filter(i -> i.kind() == DueKind.PILOT_DEADLINE)
                .findFirst().orElseThrow();
        assertThat(convert.action()).isEqualTo(I18n.t("due.action.pilotConvert"));
        f.service.markDone(convert.key(), before, "已提醒团队");

        f.today(TODAY);
        assertThat(f.service.open(TODAY)).filteredOn(i -> i.kind() == DueKind.PILOT_DEADLINE)
                .extracting(DueItem::action).containsExactly(I18n.t("due.action.pilotRecovery"));
    }
}
