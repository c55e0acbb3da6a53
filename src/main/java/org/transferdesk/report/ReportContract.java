package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;

/**
 * A contract as the annual report sees it. {@code receivedBefore} is the money received before
 * {@link ReportData#receiptsFrom()} (the loader passes earlier receipts as this one sum); {@code equityShare}
 * is the company fraction the university took (EQUITY); {@code companyId}/{@code companyOrigin} the company
 * of an equity deal.
 */
public record ReportContract(long id, String contractNo, String title, DealMode mode, LicenseKind licenseKind,
                             DealStatus status, LocalDate signedOn, LocalDate registeredOn, String registrationNo,
                             BigDecimal amount, String counterparty, String creditCode, PricingMethod pricing,
                             boolean relatedParty, BigDecimal equityShare, Long companyId, String companyName,
                             CompanyOrigin companyOrigin, List<Long> resultIds, BigDecimal receivedBefore) {
    public ReportContract {
        resultIds = List.copyOf(resultIds);
    }

    /** One of the six modes the report counts (SELF and COOPERATION are not). */
    public boolean reported() {
        return ReportModes.SIX.contains(mode);
    }

    /** Signed as far as the records say: a signing date and a status at or after signing (or terminated). */
    public boolean signed() {
        return DealStatus.contractSigned(status, signedOn);
    }

    public String label() {
        return contractNo + " " + title;
    }
}
