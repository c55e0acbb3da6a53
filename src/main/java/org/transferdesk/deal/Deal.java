package org.transferdesk.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jilt.Builder;
import org.jilt.BuilderStyle;
import org.jilt.Opt;

/**
 * A contract (合同) of any conversion mode with everything the office records about it; saved as one
 * aggregate. Money is yuan with 2 decimals. {@code managerLogin}: the account the deal is assigned to (经办人/技术经理人,
 * issue 22), null for none; {@code managerName} its display name, read with the deal and not saved.
 */
@Builder(style = BuilderStyle.STAGED, toBuilder = "toBuilder")
public record Deal(@Opt Long id, @Opt String contractNo, DealMode mode, @Opt LicenseKind licenseKind,
                   @Opt String title, @Opt List<ResultRef> results, @Opt Long counterpartyId,
                   @Opt String counterpartyName, @Opt LocalDate signedOn, @Opt LocalDate termFrom,
                   @Opt LocalDate termTo, @Opt BigDecimal contractAmount, @Opt PricingMethod pricing,
                   @Opt boolean relatedParty, @Opt Registration registration, @Opt Valuation valuation,
                   @Opt DealStatus status, @Opt Publicity publicity, @Opt List<Approval> approvals,
                   @Opt List<Instalment> instalments, @Opt List<Receipt> receipts, @Opt List<Cost> costs,
                   @Opt Equity equity, @Opt String managerLogin, @Opt String managerName,
                   @Opt int version) {

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
        // a builder's caller may leave out a list it has nothing for
        results = results == null ? List.of() : List.copyOf(results);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        instalments = instalments == null ? List.of() : List.copyOf(instalments);
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
        costs = costs == null ? List.of() : List.copyOf(costs);
        registration = registration == null ? Registration.NONE : registration;
        valuation = valuation == null ? Valuation.NONE : valuation;
        status = status == null ? DealStatus.DRAFT : status;
    }

    public static Deal draft(DealMode mode) {
        return DealBuilder.deal().mode(mode).contractAmount(BigDecimal.ZERO.setScale(2))
                .pricing(mode.convertsResults() ? PricingMethod.NEGOTIATED : null).status(DealStatus.DRAFT).build();
    }

    public boolean isNew() {
        return id == null;
    }

    /** R-PRICE: a negotiated transfer, licence or equity deal must publicise its price before signing. */
    public boolean needsPricePublicity() {
        return mode.convertsResults() && pricing == PricingMethod.NEGOTIATED;
    }

    public Deal withStatus(DealStatus newStatus) {
        return DealBuilder.toBuilder(this).status(newStatus).build();
    }

    public Deal withReceipts(List<Receipt> newReceipts) {
        return withMoney(newReceipts, costs);
    }

    public Deal withMoney(List<Receipt> newReceipts, List<Cost> newCosts) {
        return DealBuilder.toBuilder(this).receipts(newReceipts).costs(newCosts).build();
    }
}
