package org.transferdesk.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract (合同) of any conversion mode with everything the office records about it; saved as one
 * aggregate. Money is yuan with 2 decimals.
 */
public record Deal(Long id, String contractNo, DealMode mode, LicenseKind licenseKind, String title,
                   List<ResultRef> results, Long counterpartyId, String counterpartyName, LocalDate signedOn,
                   LocalDate termFrom, LocalDate termTo, BigDecimal contractAmount, PricingMethod pricing,
                   boolean relatedParty, Registration registration, Valuation valuation, DealStatus status,
                   Publicity publicity, List<Approval> approvals, List<Instalment> instalments,
                   List<Receipt> receipts, List<Cost> costs, Equity equity, int version) {

    /** R-REG: a registered technical contract. The number format is free text. */
    public record Registration(String number, LocalDate registeredOn, BigDecimal technicalIncome) {
        public static final Registration NONE = new Registration(null, null, null);

        public boolean isRegistered() {
            return number != null && !number.isBlank();
        }
    }

    /** R-VALUE: whether a valuation was done, its amount and report reference. */
    public record Valuation(boolean done, BigDecimal amount, String reportRef) {
        public static final Valuation NONE = new Valuation(false, null, null);
    }

    public Deal {
        results = List.copyOf(results);
        approvals = List.copyOf(approvals);
        instalments = List.copyOf(instalments);
        receipts = List.copyOf(receipts);
        costs = List.copyOf(costs);
        registration = registration == null ? Registration.NONE : registration;
        valuation = valuation == null ? Valuation.NONE : valuation;
        status = status == null ? DealStatus.DRAFT : status;
    }

    public static Deal draft(DealMode mode) {
        return new Deal(null, null, mode, null, null, List.of(), null, null, null, null, null, BigDecimal.ZERO.setScale(2),
                mode.convertsResults() ? PricingMethod.NEGOTIATED : null, false, null, null, DealStatus.DRAFT, null,
                List.of(), List.of(), List.of(), List.of(), null, 0);
    }

    public boolean isNew() {
        return id == null;
    }

    /** R-PRICE: a negotiated transfer, licence or equity deal must publicise its price before signing. */
    public boolean needsPricePublicity() {
        return mode.convertsResults() && pricing == PricingMethod.NEGOTIATED;
    }

    public Deal withStatus(DealStatus newStatus) {
        return new Deal(id, contractNo, mode, licenseKind, title, results, counterpartyId, counterpartyName, signedOn,
                termFrom, termTo, contractAmount, pricing, relatedParty, registration, valuation, newStatus, publicity,
                approvals, instalments, receipts, costs, equity, version);
    }

    public Deal withReceipts(List<Receipt> newReceipts) {
        return withMoney(newReceipts, costs);
    }

    public Deal withMoney(List<Receipt> newReceipts, List<Cost> newCosts) {
        return new Deal(id, contractNo, mode, licenseKind, title, results, counterpartyId, counterpartyName, signedOn,
                termFrom, termTo, contractAmount, pricing, relatedParty, registration, valuation, status, publicity,
                approvals, instalments, newReceipts, newCosts, equity, version);
    }
}
