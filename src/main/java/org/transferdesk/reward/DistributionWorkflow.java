package org.transferdesk.reward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.calendar.WorkCalendar;
import org.transferdesk.common.Money;
import org.transferdesk.common.PlausibleDates;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;

/**
 * The life cycle 草拟 → 公示中 → 已审批 → 已发放 / 已撤销 (pure). A reward is publicised for the policy's
 * minimum (R-PUB-REWARD, working days by default) before approval, and no payment is recorded before
 * the publicity has ended. Owners' income under an ownership grant is no reward: it needs no publicity.
 */
public final class DistributionWorkflow {
    private DistributionWorkflow() {
    }

    /** R-PUB-REWARD with R-DATE: the start day is not counted. */
    public static LocalDate earliestPublicityEnd(RewardPolicy policy, WorkCalendar calendar, LocalDate from) {
        return policy.publicityCalendar() == RewardPolicy.PublicityCalendar.CALENDAR_DAYS
                ? from.plusDays(policy.publicityDays()) : calendar.addWorkingDays(from, policy.publicityDays());
    }

    /**
     * The years a publicity from {@code from} to {@code to} counts in working days without recorded
     * arrangements (none when the policy counts calendar days): never counted silently (R-PUB-REWARD).
     */
    public static java.util.SortedSet<Integer> calendarGaps(RewardPolicy policy, WorkCalendar calendar,
                                                            LocalDate from, LocalDate to) {
        if (policy.publicityCalendar() == RewardPolicy.PublicityCalendar.CALENDAR_DAYS || from == null || to == null) {
            return new java.util.TreeSet<>();
        }
        return calendar.unarrangedYears(from, to);
    }

    public static Distribution publicise(Distribution d, LocalDate from, LocalDate to, String docNo, LocalDate earliestEnd) {
        return publicise(d, from, to, docNo, null, earliestEnd);
    }

    /** As above, with the 公示结果文件名称 next to its number (R-TAX58-FILING lists both). */
    public static Distribution publicise(Distribution d, LocalDate from, LocalDate to, String docNo, String docName,
                                         LocalDate earliestEnd) {
        List<Problem> problems = new ArrayList<>();
        requireStatus(problems, d, DistributionStatus.DRAFT);
        problems.addAll(DistributionRules.problems(d));
        if (from == null) {
            problems.add(Problem.error("reward.publicity.fromRequired", "publicityFrom"));
        } else if (to == null || to.isBefore(earliestEnd)) {
            problems.add(Problem.error("reward.publicity.tooShort", "publicityTo", earliestEnd));
        }
        // issue 19: the dates typed in the reward screens stay within 1949–2100 like every other date
        PlausibleDates.check("publicityFrom", "reward.publicityFrom", from).ifPresent(problems::add);
        PlausibleDates.check("publicityTo", "reward.publicityTo", to).ifPresent(problems::add);
        throwIfAny(problems);
        Workflow w = d.workflow();
        return d.withWorkflow(new Workflow(DistributionStatus.PUBLICISING, from, to, blankToNull(docNo),
                blankToNull(docName), null, null, w.revokedOn(), w.revokeReason(), w.publicisedPerLedger()));
    }

    public static Distribution approve(Distribution d, LocalDate on, String by) {
        List<Problem> problems = new ArrayList<>();
        if (d.kind() == DistributionKind.OWNERSHIP_INCOME && d.status() == DistributionStatus.DRAFT) {
            problems.addAll(DistributionRules.problems(d));
        } else {
            requireStatus(problems, d, DistributionStatus.PUBLICISING);
            if (problems.isEmpty() && on != null && !on.isAfter(d.workflow().publicityTo())) {
                problems.add(Problem.error("reward.approve.beforePublicityEnd", "approvedOn", d.workflow().publicityTo()));
            }
        }
        if (on == null) {
            problems.add(Problem.error("reward.approve.dateRequired", "approvedOn"));
        }
        PlausibleDates.check("approvedOn", "reward.approvedOn", on).ifPresent(problems::add);
        if (by == null || by.isBlank()) {
            problems.add(Problem.error("reward.approve.byRequired", "approvedBy"));
        }
        throwIfAny(problems);
        Workflow w = d.workflow();
        return d.withWorkflow(w.next(DistributionStatus.APPROVED, on, by.strip(), null, null));
    }

    /**
     * Records the payment of the given lines; once every line with an amount is paid the distribution is 已发放.
     * {@code taxWithheld} holds the income tax withheld per line position where the office knows it (cash lines
     * only, 0 up to the line's amount); lines without an entry keep "not recorded".
     */
    public static Distribution pay(Distribution d, Set<Integer> linePositions, LocalDate paidOn, String payrollRef,
                                   Map<Integer, BigDecimal> taxWithheld, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d.status() != DistributionStatus.APPROVED) {
            LocalDate end = d.workflow().publicityTo();
            problems.add(d.status() == DistributionStatus.PUBLICISING && end != null
                    ? Problem.error("reward.pay.beforePublicityEnd", "paidOn", end)
                    : Problem.error("reward.pay.notApproved", "status"));
        }
        if (paidOn == null) {
            problems.add(Problem.error("reward.pay.dateRequired", "paidOn"));
        } else {
            if (d.workflow().publicityTo() != null && !paidOn.isAfter(d.workflow().publicityTo())) {
                problems.add(Problem.error("reward.pay.beforePublicityEnd", "paidOn", d.workflow().publicityTo()));
            }
            if (paidOn.isAfter(today)) {
                problems.add(Problem.error("reward.pay.future", "paidOn"));
            }
            PlausibleDates.check("paidOn", "reward.line.paidOn", paidOn).ifPresent(problems::add);
        }
        if (linePositions.isEmpty()) {
            problems.add(Problem.error("reward.pay.noLines", "lines"));
        }
        for (int p : linePositions) {
            if (p < 0 || p >= d.lines().size()) {
                problems.add(Problem.error("reward.pay.noLines", "lines"));
            } else if (d.lines().get(p).isPaid()) {
                problems.add(Problem.error("reward.pay.alreadyPaid", "lines", d.lines().get(p).name()));
            } else {
                problems.addAll(taxProblems(d.lines().get(p), taxWithheld.get(p)));
            }
        }
        throwIfAny(problems);
        List<DistributionLine> lines = new ArrayList<>(d.lines());
        for (int p : linePositions) {
            BigDecimal tax = taxWithheld.get(p);
            lines.set(p, lines.get(p).paid(paidOn, blankToNull(payrollRef), tax == null ? null : Money.of(tax)));
        }
        boolean allPaid = lines.stream().filter(l -> l.amount().signum() > 0 && !l.waived()).allMatch(DistributionLine::isPaid);
        Workflow w = d.workflow();
        Distribution paid = d.withLines(lines, d.overrideReason());
        return allPaid ? paid.withWorkflow(w.next(DistributionStatus.PAID, w.approvedOn(), w.approvedBy(), null, null))
                : paid;
    }

    /** The tax withheld on a line (null: not recorded): not on equity, not negative, not above the amount. */
    public static List<Problem> taxProblems(DistributionLine line, BigDecimal tax) {
        if (tax == null) {
            return List.of();
        }
        if (line.isEquity()) {
            return List.of(Problem.error("taxwh.tax.onEquity", "taxWithheld", line.name()));
        }
        if (tax.signum() < 0) {
            return List.of(Problem.error("taxwh.tax.negative", "taxWithheld", line.name()));
        }
        if (tax.compareTo(line.amount()) > 0) {
            return List.of(Problem.error("taxwh.tax.aboveAmount", "taxWithheld", line.name(),
                    Money.format(Money.of(tax)), Money.format(line.amount())));
        }
        return List.of();
    }

    public static Distribution revoke(Distribution d, LocalDate on, String reason) {
        List<Problem> problems = new ArrayList<>();
        if (d.status() == DistributionStatus.REVOKED || d.status() == DistributionStatus.PAID
                || d.lines().stream().anyMatch(DistributionLine::isPaid)) {
            problems.add(Problem.error("reward.revoke.notAllowed", "status", d.status().label()));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.error("reward.revoke.reasonRequired", "revokeReason"));
        }
        PlausibleDates.check("revokedOn", "reward.revokedOn", on).ifPresent(problems::add);
        throwIfAny(problems);
        Workflow w = d.workflow();
        return d.withWorkflow(w.next(DistributionStatus.REVOKED, w.approvedOn(), w.approvedBy(), on, reason.strip()));
    }

    /** Staff change the split of a draft: a reason is required and the rules are checked again (R-TEAM). */
    public static Distribution override(Distribution d, List<DistributionLine> lines, String reason) {
        List<Problem> problems = new ArrayList<>();
        requireStatus(problems, d, DistributionStatus.DRAFT);
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.error("reward.override.reasonRequired", "overrideReason"));
        }
        Distribution changed = d.withLines(lines, reason == null ? null : reason.strip());
        problems.addAll(DistributionRules.problems(changed));
        throwIfAny(problems);
        return changed;
    }

    private static void requireStatus(List<Problem> problems, Distribution d, DistributionStatus expected) {
        if (d.status() != expected) {
            problems.add(Problem.error("reward.status.wrong", "status", d.status().label(), expected.label()));
        }
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
