package org.transferdesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.outreach.CompanyRef;
import org.transferdesk.outreach.ContactEntry;
import org.transferdesk.outreach.ContactWay;
import org.transferdesk.outreach.EventKind;
import org.transferdesk.outreach.Lead;
import org.transferdesk.outreach.LeadStatus;
import org.transferdesk.outreach.OutreachEvent;
import org.transferdesk.outreach.OutreachService;

/**
 * Issue 25's demo: three events a year over the last four years where results were presented to the demo's
 * counterparties, with leads (some became the deals the demo already has: a deal signed after the event, with the
 * company and a result of it), and a contact log of about sixty entries whose newest next steps fall around today —
 * a few overdue, one due today, some due within the week — so 待办 and the home screen show them.
 */
final class OutreachMaker {
    private static final String[][] EVENTS = {
        {"高校科技成果路演（新材料专场）", "ROADSHOW", "西安高新区创业大街", "省科技厅"},
        {"校企技术需求对接会", "MATCHMAKING", "学校学术交流中心", "技术转移中心"},
        {"中国（西部）高新技术成果交易会", "FAIR", "西安国际会展中心", "省政府"},
        {"智能制造成果线上路演", "ROADSHOW", "线上", "中国技术交易所"},
        {"生物医药产学研对接会", "MATCHMAKING", "杨凌示范区", "市科技局"},
        {"科技成果直通车·走进园区", "OTHER", "经开区企业服务中心", "技术转移中心"},
    };
    private static final String[] WHO = {"陈晓梅", "刘建国", "张老师"};
    private static final String[] SUMMARIES = {"介绍可转化成果清单，企业关注中试条件", "企业提出工艺改进需求，约定提供技术方案",
        "讨论许可方式与入门费，企业内部评估中", "参观实验室，与发明人团队面谈", "电话回访，企业暂缓合作", "发送成果推介材料及专利清单"};
    private static final String[] STEPS = {"发送许可条款草案", "安排发明人赴企业交流", "回复企业技术问题清单", "提交合作开发方案",
        "跟进企业内部评估结果"};

    private final OutreachService outreach;
    private final LocalDate today;
    private final Random dice;

    OutreachMaker(OutreachService outreach, LocalDate today, long seed) {
        this.outreach = outreach;
        this.today = today;
        this.dice = new Random(seed);
    }

    /** {events made, contact entries made}. */
    int[] make(List<DealSummary> deals, List<DisclosureSummary> results) {
        Map<Long, CompanyRef> companies = new LinkedHashMap<>();
        deals.stream().filter(d -> d.counterpartyId() != null).sorted(Comparator.comparingLong(DealSummary::id))
                .forEach(d -> companies.putIfAbsent(d.counterpartyId(), new CompanyRef(d.counterpartyId(),
                        d.counterparty())));
        if (companies.size() < 8 || results.size() < 10) {
            return new int[] {0, 0};
        }
        Map<String, DisclosureSummary> byNo = new HashMap<>();
        results.forEach(r -> byNo.put(r.resultNo(), r));
        List<CompanyRef> all = new ArrayList<>(companies.values());
        int events = 0;
        for (int i = 0; i < 12; i++) {
            LocalDate start = today.minusDays(30L + i * 110L + dice.nextInt(20));
            String[] e = EVENTS[i % EVENTS.length];
            List<ResultRef> presented = new ArrayList<>();
            List<CompanyRef> came = new ArrayList<>();
            List<Lead> leads = new ArrayList<>();
            // a deal signed within a year after the event began as one of its leads
            deals.stream().filter(d -> d.counterpartyId() != null && d.signedOn() != null
                            && d.signedOn().isAfter(start) && d.signedOn().isBefore(start.plusYears(1))
                            && d.resultNos() != null && byNo.containsKey(first(d.resultNos())))
                    .skip(i % 3).findFirst().ifPresent(d -> {
                        DisclosureSummary r = byNo.get(first(d.resultNos()));
                        presented.add(new ResultRef(r.id(), r.resultNo(), r.title()));
                        came.add(companies.get(d.counterpartyId()));
                        leads.add(new Lead(null, d.counterpartyId(), d.counterparty(), r.id(), r.title(),
                                "路演后多次洽谈，签订合同", LeadStatus.WON, d.id(), d.contractNo()));
                    });
            while (presented.size() < 3 + dice.nextInt(3)) {
                DisclosureSummary r = results.get(dice.nextInt(results.size()));
                if (presented.stream().noneMatch(p -> p.disclosureId() == r.id())) {
                    presented.add(new ResultRef(r.id(), r.resultNo(), r.title()));
                }
            }
            while (came.size() < 4 + dice.nextInt(5)) {
                CompanyRef c = all.get(dice.nextInt(all.size()));
                if (!came.contains(c)) {
                    came.add(c);
                }
            }
            LeadStatus[] open = {LeadStatus.NEW, LeadStatus.FOLLOWING, LeadStatus.DROPPED};
            for (int l = 0; l < 1 + dice.nextInt(2); l++) {
                CompanyRef c = came.get(came.size() - 1 - l);
                ResultRef r = presented.get(dice.nextInt(presented.size()));
                LeadStatus s = i < 3 ? open[l % 2] : open[dice.nextInt(open.length)];
                leads.add(new Lead(null, c.id(), c.name(), r.disclosureId(), r.title(), "会后表达合作意向", s, null,
                        null));
            }
            boolean online = "线上".equals(e[2]);
            LocalDate end = EventKind.valueOf(e[1]) == EventKind.FAIR ? start.plusDays(2) : null;
            outreach.save(new OutreachEvent(null, start.getYear() + " " + e[0], EventKind.valueOf(e[1]), start, end,
                    e[2], e[3], online, null, presented, came, leads, 0));
            events++;
        }
        return new int[] {events, contacts(all)};
    }

    private int contacts(List<CompanyRef> all) {
        int made = 0;
        for (int i = 0; i < 60; i++) {
            CompanyRef c = all.get(i % Math.min(all.size(), 15));
            int ago = (59 - i) * 11 + dice.nextInt(6);
            LocalDate on = today.minusDays(ago);
            ContactWay way = ContactWay.values()[dice.nextInt(ContactWay.values().length)];
            String step = null;
            LocalDate due = null;
            boolean done = false;
            if (i % 3 == 0 || i >= 52) {
                step = STEPS[dice.nextInt(STEPS.length)];
                // the newest steps fall around today: overdue, today, this week, next month
                due = i >= 52 ? today.plusDays(new int[] {-9, -3, 0, 2, 5, 6, 20, 40}[i - 52]) : on.plusDays(14);
                done = i < 52;
            }
            outreach.save(new ContactEntry(null, c.id(), on, way, WHO[i % WHO.length], "王经理",
                    SUMMARIES[dice.nextInt(SUMMARIES.length)], step, due, done, 0));
            made++;
        }
        return made;
    }

    private static String first(String resultNos) {
        return resultNos.split("[,，、\\s]+")[0];
    }
}
