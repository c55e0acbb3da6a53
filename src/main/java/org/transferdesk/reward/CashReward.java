package org.transferdesk.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;

/**
 * R-45-1 with R-TEAM, R-ROUND and R-KEY: the reward pool of a transfer or licence receipt and its
 * split among the team. Pool = net × rate, HALF_UP to the fen; the university keeps the rest.
 */
public final class CashReward {
    /** A team member's weight in the split and whether they are a key contributor. */
    public record Member(String staffNo, String name, Percent share, boolean keyContributor) {
    }

    /** One line of the distribution. */
    public record Line(Member member, BigDecimal amount) {
    }

    /** The distribution's figures; {@code problems} names every rule the split fails (empty = valid). */
    public record Split(BigDecimal net, Percent rate, BigDecimal pool, BigDecimal universityPart, List<Line> lines,
                        BigDecimal toKeyContributors, BigDecimal keyMinimum, List<Problem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private CashReward() {
    }

    public static BigDecimal pool(BigDecimal net, Percent rate) {
        return net.multiply(rate.fraction()).setScale(2, RoundingMode.HALF_UP);
    }

    public static Split split(BigDecimal net, Percent rate, List<Member> team, Percent keyMinimum) {
        BigDecimal pool = pool(net, rate);
        List<BigDecimal> amounts = FenSplit.split(pool, team.stream().map(m -> m.share().fraction()).toList());
        List<Line> lines = new ArrayList<>();
        BigDecimal toKey = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < team.size(); i++) {
            lines.add(new Line(team.get(i), amounts.get(i)));
            if (team.get(i).keyContributor()) {
                toKey = toKey.add(amounts.get(i));
            }
        }
        return new Split(net, rate, pool, net.subtract(pool), List.copyOf(lines), toKey,
                keyMinimum(pool, keyMinimum), checkKey(pool, toKey, keyMinimum));
    }

    /** R-KEY: key contributors together get at least the minimum share of the pool. */
    public static List<Problem> checkKey(BigDecimal pool, BigDecimal toKey, Percent keyMinimum) {
        return toKey.compareTo(keyMinimum(pool, keyMinimum)) < 0
                ? List.of(Problem.error("reward.key.belowMinimum", "lines", keyMinimum.toString())) : List.of();
    }

    static BigDecimal keyMinimum(BigDecimal pool, Percent keyMinimum) {
        return pool.multiply(keyMinimum.fraction()).setScale(2, RoundingMode.HALF_UP);
    }

    /** R-TEAM: a deal on several results weights each equally: a person's share is the mean of theirs. */
    public static Percent meanShare(List<Percent> sharesPerResult, int resultCount) {
        BigDecimal sum = sharesPerResult.stream().map(Percent::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Percent(sum.divide(BigDecimal.valueOf(resultCount), 12, RoundingMode.HALF_UP));
    }
}
