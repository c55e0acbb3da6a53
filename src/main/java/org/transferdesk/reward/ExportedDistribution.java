package org.transferdesk.reward;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A distribution as the exports show it: with each line's 58号 exempt part (0.00 where R-TAX58 does not
 * apply or a condition fails), so the files never need the database to say what is tax-free.
 */
public record ExportedDistribution(Distribution distribution, List<BigDecimal> exemptParts) {
    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    public ExportedDistribution {
        exemptParts = List.copyOf(exemptParts);
        if (exemptParts.size() != distribution.lines().size()) {
            throw new IllegalArgumentException("one exempt part per line");
        }
    }

    public static ExportedDistribution of(Distribution d, List<LineTax> taxes) {
        List<BigDecimal> exempt = new ArrayList<>();
        for (LineTax t : taxes) {
            exempt.add(exemptPart(t));
        }
        return new ExportedDistribution(d, exempt);
    }

    public static BigDecimal exemptPart(LineTax t) {
        return t.applicable() && t.eligibility().eligible() ? t.eligibility().exemptPart() : NONE;
    }

    public BigDecimal exemptPart(int line) {
        return exemptParts.get(line);
    }

    /**
     * The live, valid distributions of the year (basis date in it, or all when {@code year} is null):
     * revoked ones and those whose rules report an error are left out and counted.
     */
    public static Selection select(DistributionService service, Integer year) {
        List<ExportedDistribution> kept = new ArrayList<>();
        int leftOut = 0;
        for (DistributionService.Inspected each : service.inspectAll(year)) {
            Distribution d = each.distribution();
            DistributionService.Inspection inspection = each.inspection();
            boolean invalid = inspection.problems().stream().anyMatch(org.transferdesk.common.Problem::isError);
            if (!d.status().isLive() || invalid) {
                leftOut++;
            } else {
                kept.add(of(d, inspection.taxes()));
            }
        }
        return new Selection(kept, leftOut);
    }

    /** What an export holds and how many distributions it left out. */
    public record Selection(List<ExportedDistribution> distributions, int leftOut) {
        public Selection {
            distributions = List.copyOf(distributions);
        }
    }
}
