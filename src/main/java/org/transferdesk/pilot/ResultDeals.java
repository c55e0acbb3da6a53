package org.transferdesk.pilot;

import java.time.LocalDate;
import java.util.List;

/** The signing dates of the signed deals on a result: a deal since the agreement converts the result. */
@FunctionalInterface
public interface ResultDeals {
    ResultDeals NONE = disclosureId -> List.of();

    List<LocalDate> signedOn(long disclosureId);
}
