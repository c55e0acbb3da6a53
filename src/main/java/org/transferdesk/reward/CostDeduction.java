package org.transferdesk.reward;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.transferdesk.deal.CostCategory;

/** How much of one deal cost a distribution deducted (R-NET), with the cost as recorded. */
public record CostDeduction(long costId, LocalDate incurredOn, CostCategory category, BigDecimal costAmount,
                            String note, BigDecimal deducted) {
}
