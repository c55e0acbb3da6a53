package org.transferdesk.reward;

import java.math.BigDecimal;

/** R-45-3: one year's operating profit of an own or joint implementation (negative for a loss). */
public record OperatingProfit(long dealId, int year, BigDecimal profit, String note) {
}
