package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.InMemoryAppContext;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealObligation;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.ObligationKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.Person;
import org.transferdesk.people.PersonEpisode;

/** The due list over a real database: every source feeds it, done marks hide items, history before remindFrom is quiet. */
class DueServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path tmp;

    private AppContext context;
    private Deal deal;

    @BeforeEach
    void setUp() {
        context = InMemoryAppContext.open(tmp);
        deal = new DealRepository(context.database().dsl()).save(DealBuilder.deal().mode(DealMode.LICENSE)
                .contractNo("D-001").title("许可").signedOn(LocalDate.of(2026, 1, 5))
                .contractAmount(new BigDecimal("80000.00")).pricing(PricingMethod.LISTED).status(DealStatus.SIGNED)
                .instalments(List.of(new Instalment(null, LocalDate.of(2026, 3, 1), new BigDecimal("30000.00"), null),
                        new Instalment(null, LocalDate.of(2026, 12, 20), new BigDecimal("50000.00"), "验收后"))).build(), "test", LocalDateTime.of(2026, 1, 5, 9, 0));
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private List<String> keys() {
        return context.due().open(TODAY).stream().map(DueItem::key).toList();
    }

    private void remindFromTheStart() {
        context.office().set(DueService.REMIND_FROM, LocalDate.of(2000, 1, 1), "2000-01-01");
    }

    @Test
    void historyBeforeTheDatabaseExistedRaisesNoReminder_untilRemindFromIsSetEarlier() {
        long first = deal.instalments().get(0).id();
        long second = deal.instalments().get(1).id();
        assertThat(context.due().remindFrom(TODAY)).as("the day the app's clock created the database")
                .isEqualTo(LocalDate.now(TestDatabase.CLOCK));
        assertThat(keys()).contains("INSTALMENT:" + second).doesNotContain("INSTALMENT:" + first);

        remindFromTheStart();
        assertThat(keys()).contains("INSTALMENT:" + first, "INSTALMENT:" + second);
    }

    @Test
    void doneMarkHidesTheItem_andRecordsWhoAndWhen_undoBringsItBack() {
        remindFromTheStart();
        String key = "INSTALMENT:" + deal.instalments().get(0).id();
        context.due().markDone(key, TODAY, "  已催收  ");

        assertThat(keys()).doesNotContain(key);
        DoneMark mark = context.due().doneMarks().get(0);
        assertThat(mark.key()).isEqualTo(key);
        assertThat(mark.doneOn()).isEqualTo(TODAY);
        assertThat(mark.doneBy()).isNotBlank();
        assertThat(mark.doneAt()).isNotNull();
        assertThat(mark.note()).isEqualTo("已催收");

        context.due().undoDone(key);
        assertThat(keys()).contains(key);
    }

    @Test
    void obligationsAndEpisodesAreListed_withinFiltersByDays() {
        context.dealObligations().save(deal.id(), List.of(
                new DealObligation(null, ObligationKind.REPORT, LocalDate.of(2027, 1, 31), "年度实施报告")));
        long personId = context.people().save(Person.create("T001", "甲教授")).id();
        context.people().saveEpisode(new PersonEpisode(null, personId, EpisodeKind.LEAVE_TO_FOUND, "示例科技有限公司",
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30), "人事〔2026〕1号", null));

        List<DueItem> items = context.due().open(TODAY);
        DueItem obligation = items.stream().filter(i -> i.kind() == DueKind.DEAL_OBLIGATION).findFirst().orElseThrow();
        assertThat(obligation.dueOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(obligation.record()).isEqualTo(new RecordRef(RecordType.DEAL, deal.id(), "D-001 许可"));
        DueItem episode = items.stream().filter(i -> i.kind() == DueKind.PERSON_EPISODE).findFirst().orElseThrow();
        assertThat(episode.dueOn()).as("the approved extension is the deadline").isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(episode.record().type()).isEqualTo(RecordType.PERSON);

        assertThat(context.due().within(TODAY, 30)).extracting(DueItem::kind)
                .contains(DueKind.INSTALMENT).doesNotContain(DueKind.DEAL_OBLIGATION, DueKind.PERSON_EPISODE);
        assertThat(context.due().within(TODAY, 70)).extracting(DueItem::kind).contains(DueKind.DEAL_OBLIGATION);
    }

    @Test
    void annualReportDeadlineIsASettingWithADateOfEffect() {
        remindFromTheStart();
        assertThat(context.due().open(TODAY)).filteredOn(i -> i.kind() == DueKind.ANNUAL_REPORT)
                .extracting(DueItem::key, DueItem::dueOn).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ANNUAL_REPORT:2025", LocalDate.of(2026, 3, 30)),
                        org.assertj.core.groups.Tuple.tuple("ANNUAL_REPORT:2026", LocalDate.of(2027, 3, 30)));

        context.office().set(DueService.REPORT_DEADLINE, LocalDate.of(2027, 1, 1), "04-15");
        assertThat(context.due().open(TODAY)).filteredOn(i -> i.key().equals("ANNUAL_REPORT:2026"))
                .extracting(DueItem::dueOn).containsExactly(LocalDate.of(2027, 4, 15));
    }

    @Test
    void reminderLevelsAreASetting_andTheBadgeCountsOverdueAndTheSmallestLevel() {
        remindFromTheStart();
        assertThat(context.due().reminderDays(TODAY)).containsExactly(90, 60, 30, 7);
        int before = context.due().urgentCount(TODAY);
        context.office().set(DueService.REMINDER_DAYS, LocalDate.of(2026, 11, 1), "60,30");
        assertThat(context.due().reminderDays(TODAY)).containsExactly(60, 30);
        assertThat(context.due().urgentCount(TODAY)).as("the Dec 20 instalment is within 30 days").isEqualTo(before + 1);
    }
}
