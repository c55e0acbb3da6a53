package org.transferdesk.pilot.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The signed deals on a result since a date and the income received on them so far: what the register's
 * 是否已转化 column shows for a case since its agreement.
 */
@FunctionalInterface
public interface PilotIncome {
    PilotIncome NONE = (disclosureId, since) -> new Deals(0, BigDecimal.ZERO.setScale(2));

    Deals since(long disclosureId, LocalDate since);

    /** How many deals, and what they have received (yuan). */
    record Deals(int count, BigDecimal received) {
    }
}
