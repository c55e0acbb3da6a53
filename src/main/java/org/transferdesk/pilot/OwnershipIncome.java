package org.transferdesk.pilot;

import java.time.LocalDate;
import java.util.List;

/**
 * The rewards module's live owners'-income distributions (R-PILOT-INCOME) of a result's deals with a basis
 * on or after a date, by contract number: taking back a registration must not leave them standing.
 */
@FunctionalInterface
public interface OwnershipIncome {
    OwnershipIncome NONE = (disclosureId, from) -> List.of();

    List<String> contractsFrom(long disclosureId, LocalDate from);
}
