package org.transferdesk.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.pilot.MaintenancePayer;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseBuilder;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotObjection;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotTerms;
import org.transferdesk.pilot.PilotValidator;
import org.transferdesk.pilot.PilotWorkflow;

/**
 * Ownership-grant pilot cases for the demo, made through {@link PilotService} so every rule of R-PILOT-FLOW
 * holds: ownership cases stopped at every step of the path and at each outcome, long-term use rights at a
 * few steps, a publicity that is running with an open objection and one whose objection was closed, a
 * conversion deadline passed (the recovery flag) and one due within 30 days. Each case is on an eligible
 * result without contracts (so the demo's rewards stay what they were) disclosed before its application.
 */
final class PilotMaker {
    /** One demo case: its model, the step it stops at, how many days ago it was applied for. */
    private record Plan(PilotModel model, PilotStep last, int startedDaysAgo, Integer convertByInDays) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(PilotModel.OWNERSHIP, PilotStep.APPLICATION, 3, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.DEPARTMENT_REVIEW, 10, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.UNIVERSITY_REVIEW, 20, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.PUBLICITY, 22, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.APPROVAL, 40, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.AGREEMENT, 45, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.CNIPA_FILED, 60, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.REGISTERED, 130, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.CONVERTING, 400, 20),
            new Plan(PilotModel.OWNERSHIP, PilotStep.CONVERTING, 800, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.CONVERTED, 600, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.RECOVERED, 900, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.EXPIRED, 1500, null),
            new Plan(PilotModel.OWNERSHIP, PilotStep.REJECTED, 200, null),
            new Plan(PilotModel.LONG_TERM_USE, PilotStep.PUBLICITY, 25, null),
            new Plan(PilotModel.LONG_TERM_USE, PilotStep.AGREEMENT, 50, null),
            new Plan(PilotModel.LONG_TERM_USE, PilotStep.CONVERTING, 300, null),
            new Plan(PilotModel.LONG_TERM_USE, PilotStep.CONVERTED, 700, null));
    private static final String[] TEAM_SHARES = {"70", "60", "80", "50", "70", "90"};
    /** An agreement gives the team two years to convert the result. */
    private static final int CONVERSION_DAYS = 730;

    private final PilotService pilots;
    private final DisclosureService results;
    private final Set<String> withDeals;
    private final LocalDate today;

    /** {@code withDeals}: the numbers of the results the demo's deals convert (no case is made on those). */
    PilotMaker(PilotService pilots, DisclosureService results, Set<String> withDeals, LocalDate today) {
        this.pilots = pilots;
        this.results = results;
        this.withDeals = Set.copyOf(withDeals);
        this.today = today;
    }

    /** Returns how many cases it made; stops (keeping them) when cancelled. */
    int make(ProgressSink progress) {
        List<DisclosureSummary> candidates = candidates();
        Set<Long> used = new HashSet<>();
        String message = I18n.t("demo.progress.pilots");
        List<Plan> oldestFirst = PLANS.stream().sorted(Comparator.comparingInt(Plan::startedDaysAgo).reversed()).toList();
        int made = 0;
        for (int i = 0; i < oldestFirst.size() && !progress.isCancelled(); i++) {
            progress.progress(i, oldestFirst.size(), message);
            Plan plan = oldestFirst.get(i);
            LocalDate start = today.minusDays(plan.startedDaysAgo());
            DisclosureSummary result = candidates.stream()
                    .filter(r -> !used.contains(r.id()) && r.disclosedOn().isBefore(start.minusDays(30)))
                    .findFirst().orElse(null);
            if (result == null) {
                continue; // a small demo has too few old results for the oldest cases
            }
            used.add(result.id());
            make(plan, result.id(), start, made);
            made++;
        }
        progress.progress(oldestFirst.size(), oldestFirst.size(), message);
        return made;
    }

    /** Eligible results without contracts, oldest disclosure first. */
    private List<DisclosureSummary> candidates() {
        List<DisclosureSummary> found = new ArrayList<>();
        results.loadSummaries(500, chunk -> chunk.stream()
                .filter(r -> PilotValidator.eligible(r.resultType()) && r.status() != ResultStatus.ABANDONED
                        && r.disclosedOn() != null && !withDeals.contains(r.resultNo()))
                .forEach(found::add));
        found.sort(Comparator.comparing(DisclosureSummary::disclosedOn).thenComparing(DisclosureSummary::resultNo));
        return found;
    }

    private void make(Plan plan, long disclosureId, LocalDate start, int index) {
        PilotCase draft = pilots.draftFor(disclosureId);
        boolean ownership = plan.model() == PilotModel.OWNERSHIP;
        // the publicity starts on day 16 and runs the minimum the rules then in force ask for
        int publicityDays = pilots.rulesOn(start.plusDays(16)).publicityDays();
        LocalDate agreement = start.plusDays(16 + publicityDays + 7);
        LocalDate convertBy = plan.convertByInDays() != null ? today.plusDays(plan.convertByInDays())
                : agreement.plusDays(CONVERSION_DAYS);
        PilotTerms terms = new PilotTerms(null, "团队代表决定实施方式、许可对象与价格，重大事项报学校备案",
                ownership ? MaintenancePayer.values()[index % 3] : MaintenancePayer.UNIVERSITY, convertBy,
                "自协议签署之日起两年内未实施转化的，学校可收回赋予的权利");
        PilotCase c = pilots.save(PilotCaseBuilder.pilotCase().disclosureId(disclosureId).model(plan.model())
                .resultNo(draft.resultNo()).resultTitle(draft.resultTitle()).resultType(draft.resultType())
                .department(draft.department())
                .teamShare(ownership ? Percent.ofPercent(TEAM_SHARES[index % TEAM_SHARES.length]) : null)
                .useYears(ownership ? null : 10).renewalYears(ownership ? null : 0)
                .useFee(ownership ? null : new BigDecimal(20_000 + 10_000 * (index % 4)).setScale(2))
                .representativeId(draft.representativeId()).owners(draft.owners())
                .conversionPlan(ownership
                        ? "团队与企业合作，以许可或作价投资方式在两年内实施转化" : "团队自行实施，向学校缴纳使用费")
                .negativeListBy("科技处 王老师")
                .negativeListOn(start.plusDays(12)).publicityPlace("学校主页“通知公告”栏").terms(terms).build());
        walk(c, plan, start, convertBy);
    }

    /** Records the model's path up to the plan's last step on dates that follow each other, none after today. */
    private void walk(PilotCase c, Plan plan, LocalDate start, LocalDate convertBy) {
        LocalDate publicity = start.plusDays(16);
        LocalDate end = PilotWorkflow.earliestPublicityEnd(publicity, pilots.rulesOn(publicity));
        List<PilotStep> path = PilotStep.path(plan.model());
        List<PilotStep> route = new ArrayList<>(switch (plan.last()) {
            case REJECTED -> path.subList(0, path.indexOf(PilotStep.UNIVERSITY_REVIEW) + 1);
            case CONVERTED, RECOVERED -> path;
            case EXPIRED -> {
                List<PilotStep> all = new ArrayList<>(path);
                all.add(PilotStep.CONVERTED);
                yield all;
            }
            default -> path.subList(0, path.indexOf(plan.last()) + 1);
        });
        if (!path.contains(plan.last())) {
            route.add(plan.last());
        }
        boolean ownership = plan.model() == PilotModel.OWNERSHIP;
        for (PilotStep step : route) {
            LocalDate on = switch (step) {
                case APPLICATION -> start;
                case DEPARTMENT_REVIEW -> start.plusDays(7);
                case UNIVERSITY_REVIEW -> start.plusDays(14);
                case PUBLICITY -> publicity;
                case APPROVAL -> end.plusDays(2);
                case AGREEMENT -> end.plusDays(7);
                case CNIPA_FILED -> end.plusDays(14);
                case REGISTERED -> end.plusDays(70);
                case CONVERTING -> end.plusDays(ownership ? 71 : 8);
                case CONVERTED -> end.plusDays(ownership ? 370 : 300);
                case RECOVERED -> convertBy.plusDays(15);
                case EXPIRED -> end.plusDays(1400);
                case REJECTED -> start.plusDays(20);
            };
            if (on.isAfter(today)) {
                return;
            }
            c = pilots.recordStep(c, step, on, step == PilotStep.PUBLICITY ? end : null, actor(step),
                    note(step));
            if (step == PilotStep.PUBLICITY) {
                c = objection(c, plan, publicity);
            }
        }
    }

    /** A running publicity has an open objection; the one of the case stopped at approval was closed in time. */
    private PilotCase objection(PilotCase c, Plan plan, LocalDate publicity) {
        if (plan.model() != PilotModel.OWNERSHIP) {
            return c;
        }
        if (plan.last() == PilotStep.PUBLICITY && !publicity.plusDays(2).isAfter(today)) {
            return pilots.saveObjection(c, new PilotObjection(null, publicity.plusDays(2), "课题组成员",
                    "对团队内部份额分配有不同意见", null, null));
        }
        if (plan.last() == PilotStep.APPROVAL) {
            return pilots.saveObjection(c, new PilotObjection(null, publicity.plusDays(3), "同院系教师",
                    "认为本人参与了前期研究，应列入完成人", "经院系核实其未参与本成果研发，已书面答复，异议人无异议",
                    publicity.plusDays(10)));
        }
        return c;
    }

    private static String actor(PilotStep step) {
        return switch (step) {
            case APPLICATION -> "成果完成团队";
            case DEPARTMENT_REVIEW -> "院系学术委员会";
            case UNIVERSITY_REVIEW -> "科技成果转化办公室";
            case PUBLICITY -> "科技处";
            case APPROVAL -> "校长办公会";
            case AGREEMENT -> "学校与团队代表";
            case CNIPA_FILED -> "知识产权办公室";
            case REGISTERED -> "国家知识产权局";
            case CONVERTING -> "团队代表";
            default -> "科技处";
        };
    }

    private static String note(PilotStep step) {
        return switch (step) {
            case REJECTED -> "涉及负面清单所列情形，不予赋权";
            case RECOVERED -> "转化期限届满未实施，学校收回";
            case EXPIRED -> "协议约定期限届满";
            default -> null;
        };
    }
}
