package org.transferdesk.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.transferdesk.common.Percent;

/** R-45-3: own or joint implementation earns at least the rate of each year's operating profit (none on a loss). */
public final class SelfImplementationReward {
    private SelfImplementationReward() {
    }

    public static BigDecimal minimum(BigDecimal operatingProfit, Percent rate) {
        return operatingProfit.max(BigDecimal.ZERO).multiply(rate.fraction()).setScale(2, RoundingMode.HALF_UP);
    }
}
