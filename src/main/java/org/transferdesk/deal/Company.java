package org.transferdesk.deal;

import java.math.BigDecimal;

/** A company the university holds shares in through an equity deal (作价投资). */
public record Company(Long id, String name, String creditCode, BigDecimal registeredCapital, CompanyOrigin origin,
                      int version) {
}
