package org.transferdesk.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 应收: money due under the contract on a date (or on a milestone described in {@code condition}). */
public record Instalment(Long id, LocalDate dueOn, BigDecimal amount, String condition) {
}
