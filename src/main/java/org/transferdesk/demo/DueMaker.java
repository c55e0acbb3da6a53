package org.transferdesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealObligation;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.ObligationKind;
import org.transferdesk.due.DueService;
import org.transferdesk.due.PatentReminders;
import org.transferdesk.fees.FeeRules;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.fees.FeeYear;
import org.transferdesk.fees.PatentFeeInput;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.people.PersonEpisode;

/**
 * The demo's deadlines besides those the records already carry: licensee reports and milestones on
 * running licences, a few side jobs and leaves to found companies (one overdue, one extended), and the
 * reminder start three months back, so the Due list shows what is overdue now without years of history.
 */
final class DueMaker {
    static final String REMIND_FROM = "due.remindFrom";

    private final DealService deals;
    private final DemoService.Deadlines services;
    private final LocalDate today;

    DueMaker(DealService deals, DemoService.Deadlines services, LocalDate today) {
        this.deals = deals;
        this.services = services;
        this.today = today;
    }

    /** {obligations made, episodes made}. */
    int[] make() {
        services.office().set(REMIND_FROM, LocalDate.of(2000, 1, 1), today.minusMonths(3).toString());
        payFees(services.due());
        List<DealSummary> licences = deals.list().stream()
                .filter(d -> d.mode() == DealMode.LICENSE && d.status().isSigned()).limit(6).toList();
        int made = 0;
        for (int i = 0; i < licences.size(); i++) {
            List<DealObligation> list = new ArrayList<>();
            list.add(new DealObligation(null, ObligationKind.REPORT, LocalDate.of(today.getYear() + 1, 1, 31),
                    "提交上一年度实施情况报告（销售额、提成计算）"));
            if (i % 2 == 0) {
                list.add(new DealObligation(null, ObligationKind.MILESTONE, today.plusDays(12L + 20L * i),
                        "完成中试并提交验收报告"));
            } else {
                list.add(new DealObligation(null, ObligationKind.OTHER, today.minusDays(5L + i),
                        "提交专利实施产品样品"));
            }
            services.obligations().save(licences.get(i).id(), list);
            made += list.size();
        }
        return new int[] {made, episodes()};
    }

    /**
     * The office paid the fees already due, on time, except every 25th patent's: those show as late, with
     * their surcharge, on the Due list.
     */
    private void payFees(DueService due) {
        FeeRules rules = new FeeSettings(services.office()).snapshot();
        int n = 0;
        List<DueService.PaidFee> paid = new ArrayList<>();
        for (PatentFeeInput p : due.patentFees()) {
            java.util.Optional<FeeYear> next = PatentReminders.nextFee(p, rules);
            if (next.isPresent() && next.get().dueOn().isBefore(today) && n++ % 25 != 0) {
                FeeYear y = next.get();
                paid.add(new DueService.PaidFee(PatentReminders.key(p.ipId(), y.year()), y.dueOn().minusDays(10),
                        y.payable(), "SJ-" + y.dueOn().getYear() + "-" + String.format("%05d", n)));
            }
        }
        due.recordFeesPaid(paid);
    }

    private int episodes() {
        PeopleService people = services.people();
        List<Person> staff = people.findAll().stream().limit(40).toList();
        if (staff.size() < 28) {
            return 0;
        }
        List<PersonEpisode> made = List.of(
                new PersonEpisode(null, staff.get(3).id(), EpisodeKind.LEAVE_TO_FOUND, "示例新材料科技有限公司",
                        today.minusYears(2).minusDays(40), today.plusDays(25), null, "人事〔" + (today.getYear() - 2)
                        + "〕12号", "离岗创业三年内保留人事关系"),
                new PersonEpisode(null, staff.get(9).id(), EpisodeKind.LEAVE_TO_FOUND, "示例智能装备有限公司",
                        today.minusYears(3), today.minusMonths(2), today.plusMonths(10), "人事〔" + (today.getYear() - 3)
                        + "〕5号", "已批准延期一年"),
                new PersonEpisode(null, staff.get(14).id(), EpisodeKind.SIDE_JOB, "示例生物医药股份有限公司",
                        today.minusYears(1), today.plusDays(58), null, "科技〔" + (today.getYear() - 1) + "〕21号", null),
                new PersonEpisode(null, staff.get(21).id(), EpisodeKind.SIDE_JOB, "示例软件有限公司",
                        today.minusYears(2), today.minusDays(9), null, "科技〔" + (today.getYear() - 2) + "〕8号",
                        "兼职期满未报告"),
                new PersonEpisode(null, staff.get(27).id(), EpisodeKind.SIDE_JOB, "示例检测技术有限公司",
                        today.minusMonths(6), today.plusYears(1), null, "科技〔" + today.getYear() + "〕3号", null));
        made.forEach(people::saveEpisode);
        return made.size();
    }
}
