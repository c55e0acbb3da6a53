package org.transferdesk.deal;

import java.math.BigDecimal;
import org.transferdesk.common.Percent;

/**
 * A company of the register with what the university holds in it through equity deals (作价投资) that are
 * not terminated: the summed share and the summed contract amount (作价金额), and how many deals.
 */
public record CompanyHolding(Company company, Percent universityShare, BigDecimal equityAmount, int dealCount) {
}
