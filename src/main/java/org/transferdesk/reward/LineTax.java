package org.transferdesk.reward;

import java.time.LocalDate;
import java.util.List;

/**
 * R-TAX58 for one cash line: eligibility with the failed conditions, the exempt part, the 36-month payment
 * deadline and, once paid and eligible, the 备案表 due date. Owners' income under an ownership grant is not
 * a reward, and rewards for technical development, consulting or service work never get 58号 (R-45-TECH):
 * for both it does not apply ({@code applicable} false). The receipts are the distribution's own — an
 * imported payment names its receipts when imported; one without receipts is not eligible.
 */
public record LineTax(boolean applicable, Tax58.Eligibility eligibility, LocalDate filingDue) {
    public static final LineTax NOT_APPLICABLE = new LineTax(false, null, null);

    public static LineTax of(Distribution d, DistributionLine line, boolean nonProfitUnit, boolean registered) {
        if (!d.kind().paysCash() || d.kind() == DistributionKind.OWNERSHIP_INCOME
                || d.kind() == DistributionKind.TECH_CONTRACT || line.amount().signum() == 0) {
            return NOT_APPLICABLE;
        }
        Tax58.Eligibility e = Tax58.check(line.amount(), d.kind() == DistributionKind.CASH ? d.mode() : null,
                nonProfitUnit, registered, d.workflow().isPublicised(), sources(d.receipts()), line.paidOn());
        return new LineTax(true, e, line.paidOn() != null && e.eligible() ? Tax58.filingDue(line.paidOn()) : null);
    }

    /**
     * As above, the unit's status taken on the line's payment day (R-TAX58 condition 1 is dated); a line not
     * paid yet is judged by today's status.
     */
    public static LineTax of(Distribution d, DistributionLine line, NonProfitStatus status, boolean registered,
                             LocalDate today) {
        return of(d, line, status.forPayment(line.paidOn(), today), registered);
    }

    /** The receipts of a distribution as R-TAX58 weighs them. */
    public static List<Tax58.Source> sources(List<DistributedReceipt> receipts) {
        return receipts.stream().map(r -> new Tax58.Source(r.receivedOn(), r.amount())).toList();
    }
}
