package org.transferdesk.pilot;

import java.time.LocalDate;
import java.util.List;

/**
 * The rewards module's live distributions of a result's transfer and licence income with a basis on or
 * after a date, by contract number: owners' income (R-PILOT-INCOME) or, when {@code ownersIncome} is false,
 * rewards. Taking back a registration must not leave owners' income standing, nor taking back a recovery
 * rewards paid since.
 */
@FunctionalInterface
public interface OwnershipIncome {
    OwnershipIncome NONE = (disclosureId, from, ownersIncome) -> List.of();

    List<String> contractsFrom(long disclosureId, LocalDate from, boolean ownersIncome);
}
