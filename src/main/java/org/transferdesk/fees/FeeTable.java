package org.transferdesk.fees;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.transferdesk.common.Percent;
import org.transferdesk.ip.IpType;

/**
 * The schedule and reduction in force on a date (parsed from the settings, R-PAT-FEE): the annual fee
 * bands of each patent type, the reductions of a 事业单位 as sole or joint owner, for how many fee years
 * from the grant year the reduction applies, and whether the unit is eligible at all.
 */
public record FeeTable(Map<IpType, List<FeeBand>> bands, Percent soleReduction, Percent jointReduction,
                       int reducedYears, boolean eligible) {

    public FeeTable {
        Objects.requireNonNull(soleReduction, "soleReduction");
        Objects.requireNonNull(jointReduction, "jointReduction");
        Map<IpType, List<FeeBand>> copy = new EnumMap<>(IpType.class);
        bands.forEach((type, list) -> copy.put(type, List.copyOf(list)));
        bands = java.util.Collections.unmodifiableMap(copy);
        if (reducedYears < 0) {
            throw new IllegalArgumentException("reduced years must not be negative: " + reducedYears);
        }
    }

    /** The full (unreduced) fee of fee year {@code feeYear}; empty when the schedule has no band for it. */
    public Optional<BigDecimal> fullFee(IpType type, int feeYear) {
        return bands.getOrDefault(type, List.of()).stream().filter(b -> b.covers(feeYear)).findFirst()
                .map(FeeBand::amount);
    }

    /** The reduction an owner of this kind gets in a reduced year; none when the unit is not eligible. */
    public Percent reduction(OwnerKind kind) {
        if (!eligible) {
            return Percent.ZERO;
        }
        return kind == OwnerKind.JOINT ? jointReduction : soleReduction;
    }
}
