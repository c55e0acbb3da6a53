package org.transferdesk.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.people.LeaderRole;

/**
 * What a distribution must satisfy before it is publicised, and again after every override: lines add up
 * to the pool to the fen (R-ROUND), key contributors get their minimum (R-KEY), no 正职领导 receives
 * shares (R-LEAD), technology-transfer staff get the policy's part, no one appears twice, no negative line.
 */
public final class DistributionRules {
    private DistributionRules() {
    }

    public static List<Problem> problems(Distribution d) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal pool = d.figures().pool();
        if (d.lines().isEmpty() && pool.signum() > 0) {
            problems.add(Problem.error("reward.lines.none", "lines"));
            return problems;
        }
        Set<Long> people = new HashSet<>();
        for (DistributionLine line : d.lines()) {
            if (!people.add(line.personId())) {
                problems.add(Problem.error("reward.lines.duplicate", "lines", line.name()));
            }
            if (line.amount() == null || line.amount().signum() < 0) {
                problems.add(Problem.error("reward.lines.negative", "lines", line.name()));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (d.linesTotal().compareTo(pool) != 0) {
            problems.add(Problem.error("reward.lines.total", "lines", d.linesTotal().toPlainString(), pool.toPlainString()));
        }
        if (d.kind() != DistributionKind.OWNERSHIP_INCOME && d.kind() != DistributionKind.PATENT_BONUS) {
            BigDecimal toKey = d.lines().stream().filter(l -> l.role() == LineRole.INVENTOR && l.keyContributor())
                    .map(DistributionLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            problems.addAll(CashReward.checkKey(pool, toKey, new Percent(d.policy().keyMinimum())));
        }
        if (d.kind() == DistributionKind.EQUITY) {
            for (DistributionLine line : d.lines()) {
                if (line.leaderRole() == LeaderRole.HEAD && line.equityShare() != null && line.equityShare().signum() > 0) {
                    problems.add(Problem.error("reward.lead.equity", "lines", line.name()));
                }
            }
        }
        if (d.kind() == DistributionKind.CASH && d.policy().transferStaffShare().signum() > 0) {
            BigDecimal minimum = pool.multiply(d.policy().transferStaffShare()).setScale(2, RoundingMode.HALF_UP);
            BigDecimal toStaff = d.lines().stream().filter(l -> l.role() == LineRole.TRANSFER_STAFF)
                    .map(DistributionLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (toStaff.compareTo(minimum) < 0) {
                problems.add(Problem.error("reward.transferStaff.belowMinimum", "lines",
                        new Percent(d.policy().transferStaffShare()).toString(), minimum.toPlainString()));
            }
        }
        return problems;
    }

    /** Key contributors' minimum amount for the explanation. */
    public static BigDecimal keyMinimum(Distribution d) {
        return CashReward.keyMinimum(d.figures().pool(), new Percent(d.policy().keyMinimum()));
    }
}
