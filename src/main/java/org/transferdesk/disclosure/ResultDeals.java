package org.transferdesk.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.common.Labeled;

/**
 * The deals that transfer a result, as the result editor's deals tab shows them. Declared here and supplied by
 * the deal feature at composition, because deals refer to results and not the other way round.
 */
@FunctionalInterface
public interface ResultDeals {
    /** The deals listing the result {@code disclosureId}, with money received as of today. */
    List<Row> ofResult(long disclosureId);

    /** One deal of a result; mode and status are the deal's own labelled enums. */
    record Row(long id, String contractNo, Labeled mode, String counterparty, LocalDate signedOn, Labeled status,
               BigDecimal contractAmount, BigDecimal received) {
    }
}
