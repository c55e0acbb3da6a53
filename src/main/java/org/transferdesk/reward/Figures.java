package org.transferdesk.reward;

import java.math.BigDecimal;
import java.util.List;

/**
 * The arithmetic of a distribution: gross − deducted = net; pool = net × rate (HALF_UP to the fen); the
 * university keeps net − pool. For equity, gross/net/pool are values at the 作价 amount and
 * {@code teamCompanyShare} the fraction of the company rewarded. {@code unitParts} split the university's
 * part among 学校, 学院 and the technology-transfer office (R-UNIT-SPLIT); empty when the policy in force split
 * nothing (the whole part stays with 学校).
 */
public record Figures(BigDecimal gross, BigDecimal deducted, BigDecimal net, BigDecimal rate, BigDecimal pool,
                      BigDecimal universityPart, BigDecimal teamCompanyShare, List<UnitPart> unitParts) {

    public Figures {
        unitParts = unitParts == null ? List.of() : List.copyOf(unitParts);
    }

    /** Figures without a unit split. */
    public Figures(BigDecimal gross, BigDecimal deducted, BigDecimal net, BigDecimal rate, BigDecimal pool,
                   BigDecimal universityPart, BigDecimal teamCompanyShare) {
        this(gross, deducted, net, rate, pool, universityPart, teamCompanyShare, List.of());
    }
}
