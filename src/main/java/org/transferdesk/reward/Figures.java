package org.transferdesk.reward;

import java.math.BigDecimal;

/**
 * The arithmetic of a distribution: gross − deducted = net; pool = net × rate (HALF_UP to the fen); the
 * university keeps net − pool. For equity, gross/net/pool are values at the 作价 amount and
 * {@code teamCompanyShare} the fraction of the company rewarded.
 */
public record Figures(BigDecimal gross, BigDecimal deducted, BigDecimal net, BigDecimal rate, BigDecimal pool,
                      BigDecimal universityPart, BigDecimal teamCompanyShare) {
}
