package org.transferdesk.common;

import java.math.BigDecimal;

/**
 * What a number column of the database can hold, checked where numbers come in. Issue 19: 1E+17, 1e308 and 1e309
 * in 合同金额 passed every check and then the database refused the whole import with no cell named. BigDecimal
 * has no NaN or infinity, so those are refused by the parsers already; what is left is magnitude.
 */
public final class ColumnLimits {
    /** Money columns are NUMERIC(18,2): 16 digits before the point. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");
    /** Shares and rates are NUMERIC(9,6) fractions: below 1000, i.e. below 100,000%. */
    public static final BigDecimal MAX_PERCENT = new BigDecimal("99999.9999");

    private ColumnLimits() {
    }

    /**
     * Whether {@code yuan} fits a money column once rounded to the fen. Compared before rounding, which is cheap
     * for any exponent (rounding 1e999999999 to the fen would build a billion-digit number).
     */
    public static boolean amountFits(BigDecimal yuan) {
        return yuan.abs().compareTo(MAX_AMOUNT.add(new BigDecimal("0.005"))) < 0;
    }

    /** The problem of {@code yuan} in {@code field}, named by the key of its label; empty when it fits or is null. */
    public static java.util.Optional<Problem> checkAmount(String field, String label, BigDecimal yuan) {
        return yuan == null || amountFits(yuan) ? java.util.Optional.empty()
                : java.util.Optional.of(Problem.error("amount.tooLarge", field, label,
                        yuan.precision() - yuan.scale() > 40 ? yuan.toString() : Money.format(yuan),
                        Money.format(MAX_AMOUNT)));
    }

    /** Whether {@code percent} (40 for 40%) fits a share or rate column. */
    public static boolean percentFits(BigDecimal percent) {
        return percent.abs().compareTo(MAX_PERCENT.add(new BigDecimal("0.00005"))) < 0;
    }
}
