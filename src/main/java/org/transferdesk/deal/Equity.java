package org.transferdesk.deal;

import java.time.LocalDate;
import org.transferdesk.common.Percent;

/** The equity side of an 作价投资 deal: the company, the university's share, the registration change date. */
public record Equity(Long companyId, String companyName, Percent universityShare, LocalDate registrationChangeOn) {
}
