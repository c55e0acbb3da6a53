package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.NonProfitStatus;
import org.transferdesk.reward.Tax58;

/**
 * Part (5), R-REPORT-COUNT: cash rewards in the year they are paid (or approved, by the convention), equity
 * rewards in the year they are granted at 作价 value; 人次 = lines; key contributors and leaders by the line's
 * flags; the 58号 exempt part of eligible cash lines paid in the year (R-TAX58). Patent grant bonuses are no
 * conversion reward (R-BONUS) and rewards on development, consulting and service deals (R-45-TECH) count only
 * when the convention says so; both are summed on their own lines (R-REPORT-MORE).
 */
final class RewardCounter {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final ReportYearSpan span;
    private final ReportConventions conventions;
    private final TraceBook trace;
    private final Set<Long> classified;
    private final NonProfitStatus nonProfit;
    /** Cash and equity rewards counted in the year per contract (for the project list). */
    final Map<Long, BigDecimal[]> byContract = new HashMap<>();
    /** Distributions with lines counted in the year that were not publicised (a data check). */
    final Map<Long, ReportRewardLine> unpublicised = new LinkedHashMap<>();

    RewardCounter(ReportYearSpan span, ReportConventions conventions, TraceBook trace, Set<Long> classified,
                  NonProfitStatus nonProfit) {
        this.span = span;
        this.conventions = conventions;
        this.trace = trace;
        this.classified = classified;
        this.nonProfit = nonProfit;
    }

    /** The date that puts a line in a year, or null if it has none yet. */
    LocalDate countingDate(ReportRewardLine l) {
        if (l.equity() || conventions.cashRewardYear() == ReportConventions.RewardYear.PAID) {
            return l.paidOn();
        }
        return l.approvedOn();
    }

    RewardFigures count(List<ReportRewardLine> lines) {
        TracedSums sums = new TracedSums(trace);
        int times = 0;
        int taxLines = 0;
        for (ReportRewardLine l : lines) {
            // Owners' income under an ownership grant is not a reward (R-PILOT-INCOME).
            if (l.kind() == DistributionKind.OWNERSHIP_INCOME || l.waived() || l.amount().signum() == 0
                    || l.contractId() != null && classified.contains(l.contractId())) {
                continue;
            }
            RecordRef ref = new RecordRef(RecordType.DISTRIBUTION, l.distributionId(), l.label());
            LocalDate date = countingDate(l);
            // R-BONUS: a grant bonus is paid from no conversion income, so it is only an informative line.
            if (l.kind() == DistributionKind.PATENT_BONUS) {
                if (span.contains(date)) {
                    sums.add("rewards.patentGrantBonus", ref, date, l.amount());
                }
                continue;
            }
            // R-45-TECH is told by the deal's mode, whatever kind of distribution pays it.
            boolean isTech = l.mode() != null && ReportModes.COOPERATION.contains(l.mode());
            if (isTech && span.contains(date)) {
                sums.add("rewards.tech", ref, date, l.amount());
            }
            if (isTech && !conventions.techRewardsIncluded()) {
                if (span.contains(date) && !l.publicised()) {
                    unpublicised.putIfAbsent(l.distributionId(), l);
                }
                continue;
            }
            if (span.contains(date)) {
                times++;
                trace.add("rewards.cashAndEquity", ref, date, l.amount());
                trace.add("rewards.personTimes", ref, date, l.amount());
                sums.add(l.equity() ? "rewards.equity" : "rewards.cash", ref, date, l.amount());
                if (l.keyContributor()) {
                    sums.add("rewards.keyContributors", ref, date, l.amount());
                }
                if (l.leaderRole() != null && l.leaderRole() != LeaderRole.NONE) {
                    sums.add("rewards.leaders", ref, date, l.amount());
                }
                if (l.contractId() != null) {
                    BigDecimal[] sumsOfContract = byContract.computeIfAbsent(l.contractId(),
                            id -> new BigDecimal[]{ZERO, ZERO});
                    sumsOfContract[l.equity() ? 1 : 0] = sumsOfContract[l.equity() ? 1 : 0].add(l.amount());
                }
                if (!l.publicised()) {
                    unpublicised.putIfAbsent(l.distributionId(), l);
                }
            }
            if (!l.equity() && span.contains(l.paidOn())) {
                BigDecimal part = exempt58(l);
                if (part.signum() > 0) {
                    sums.add("rewards.taxExempt58", ref, l.paidOn(), part);
                }
                if (l.taxWithheld() != null) {
                    sums.add("rewards.taxWithheld", ref, l.paidOn(), l.taxWithheld());
                    taxLines++;
                }
            }
        }
        return new RewardFigures(sums.of("rewards.cash"), sums.of("rewards.equity"), times,
                sums.of("rewards.keyContributors"), sums.of("rewards.leaders"), sums.of("rewards.taxExempt58"),
                sums.of("rewards.taxWithheld"), taxLines, sums.of("rewards.tech"), conventions.techRewardsIncluded(),
                sums.of("rewards.patentGrantBonus"));
    }

    /**
     * R-TAX58's exempt part of a cash line, by the same function as the distribution editor and the 备案表
     * (Tax58.check over the distribution's receipts: 0.00 unless eligible, only the in-window part when some
     * receipts' 36 months had run out). The unit's status is the one in force on the payment day, as the
     * 备案表 has it, so a year in which the status changed counts each payment by its own day.
     */
    private BigDecimal exempt58(ReportRewardLine l) {
        if (l.kind() != DistributionKind.CASH) {
            return ZERO;
        }
        return Tax58.check(l.amount(), l.mode(), nonProfit.on(l.paidOn()), l.registered(), l.publicised(), l.receipts(),
                l.paidOn()).exemptPart();
    }
}
