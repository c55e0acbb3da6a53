package org.transferdesk.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.Percent;
import org.transferdesk.people.LeaderRole;

/**
 * R-45-2 with R-LEAD: an equity deal's reward is a share of the company (rate × the university's
 * share), valued at the 作价 amount. A 正职领导 receives no equity: by default the line is waived and
 * redistributed pro rata to the others (the waiver is recorded).
 */
public final class EquityReward {
    /** A team member with their share of the team and leadership post. */
    public record Member(String staffNo, String name, Percent share, LeaderRole role) {
    }

    /** One person's reward: fraction of the company and its value; {@code waived} for a 正职领导. */
    public record Line(Member member, BigDecimal companyShare, BigDecimal value, boolean waived) {
    }

    public record Result(BigDecimal teamCompanyShare, BigDecimal teamValue, BigDecimal universityKeeps,
                         List<Line> lines) {
    }

    private EquityReward() {
    }

    /**
     * @param valuation        the 作价 amount (value of the whole university stake)
     * @param universityShare  fraction of the company the university obtains
     */
    public static Result of(BigDecimal valuation, Percent universityShare, Percent rate, List<Member> team) {
        BigDecimal teamShare = universityShare.fraction().multiply(rate.fraction());
        BigDecimal teamValue = valuation.multiply(rate.fraction()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal eligibleWeight = team.stream().filter(m -> m.role() != LeaderRole.HEAD)
                .map(m -> m.share().fraction()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> weights = team.stream()
                .map(m -> m.role() == LeaderRole.HEAD ? BigDecimal.ZERO : m.share().fraction()).toList();
        List<BigDecimal> values = eligibleWeight.signum() == 0 ? weights.stream().map(w -> BigDecimal.ZERO.setScale(2)).toList()
                : FenSplit.split(teamValue, weights);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < team.size(); i++) {
            Member m = team.get(i);
            boolean waived = m.role() == LeaderRole.HEAD;
            BigDecimal companyShare = waived || eligibleWeight.signum() == 0 ? BigDecimal.ZERO
                    : teamShare.multiply(m.share().fraction()).divide(eligibleWeight, 8, RoundingMode.HALF_UP);
            lines.add(new Line(m, companyShare, values.get(i), waived));
        }
        return new Result(teamShare, teamValue, universityShare.fraction().subtract(teamShare), List.copyOf(lines));
    }
}
