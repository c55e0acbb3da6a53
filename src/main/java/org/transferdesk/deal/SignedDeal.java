package org.transferdesk.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A signed (not terminated) deal on a result: when it was signed and what it has received so far. */
public record SignedDeal(LocalDate signedOn, BigDecimal received) {
}
