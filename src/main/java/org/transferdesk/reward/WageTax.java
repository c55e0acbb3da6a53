package org.transferdesk.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The optional estimate of a person's annual wage tax (综合所得, brackets in rule book rules/tax.md), to show what
 * 58号 saves. An estimate for the explanation, not a filing.
 */
public final class WageTax {
    private static final BigDecimal BASIC_DEDUCTION = new BigDecimal("60000");
    private static final String[][] BRACKETS = {
        {"36000", "0.03", "0"}, {"144000", "0.10", "2520"}, {"300000", "0.20", "16920"},
        {"420000", "0.25", "31920"}, {"660000", "0.30", "52920"}, {"960000", "0.35", "85920"},
        {null, "0.45", "181920"}};

    /** What the estimate shows for one reward (E3). */
    public record Estimate(BigDecimal withoutReward, BigDecimal with58, BigDecimal withoutRelief, BigDecimal saving) {
    }

    private WageTax() {
    }

    public static BigDecimal annualTax(BigDecimal taxableIncome) {
        BigDecimal taxable = taxableIncome.max(BigDecimal.ZERO);
        for (String[] b : BRACKETS) {
            if (b[0] == null || taxable.compareTo(new BigDecimal(b[0])) <= 0) {
                return taxable.multiply(new BigDecimal(b[1])).subtract(new BigDecimal(b[2]))
                        .max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public static Estimate estimate(BigDecimal wages, BigDecimal specialDeductions, BigDecimal additionalDeductions,
                                    BigDecimal reward, BigDecimal exemptPart) {
        BigDecimal base = wages.subtract(BASIC_DEDUCTION).subtract(specialDeductions).subtract(additionalDeductions);
        BigDecimal without = annualTax(base);
        BigDecimal with58 = annualTax(base.add(reward).subtract(exemptPart));
        BigDecimal full = annualTax(base.add(reward));
        return new Estimate(without, with58, full, full.subtract(with58));
    }
}
