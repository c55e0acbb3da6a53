package org.transferdesk.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 费用: a cost of the deal, the input to net income (R-NET). */
public record Cost(Long id, LocalDate incurredOn, CostCategory category, BigDecimal amount, String note) {
}
