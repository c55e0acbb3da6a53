package org.transferdesk.reward;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;

/**
 * R-PILOT-INCOME for a transfer or licence proposal: whose income the chosen receipts are. A deal on one
 * result co-owned on the basis date is owners' income; the ownership holds from the registration date, so
 * receipts on both sides of a registration or recovery cannot be one proposal. For a deal on several
 * results staff must say which part of the income is the co-owned result's.
 */
final class IncomeOwnership {
    private final ResultOwnership ownership;

    IncomeOwnership(ResultOwnership ownership) {
        this.ownership = ownership;
    }

    /** The co-ownership the receipts fall under; refused when they straddle a change of ownership. */
    Optional<ResultOwnership.CoOwnership> of(Deal deal, List<Receipt> receipts, LocalDate basis) {
        if (deal.results().size() != 1) {
            return Optional.empty();
        }
        long resultId = deal.results().get(0).disclosureId();
        Optional<ResultOwnership.CoOwnership> coOwned = ownership.on(resultId, basis);
        boolean straddles = receipts.stream().map(Receipt::receivedOn).distinct()
                .anyMatch(on -> ownership.on(resultId, on).isPresent() != coOwned.isPresent());
        if (straddles) {
            throw new ValidationException(List.of(Problem.error("reward.propose.acrossOwnershipChange", "receipts")));
        }
        return coOwned;
    }

    /** A warning naming the co-owned results of a deal on several results, if any. */
    Optional<Problem> severalResultsWarning(Deal deal, LocalDate basis) {
        if (deal.results().size() < 2) {
            return Optional.empty();
        }
        List<String> coOwned = deal.results().stream().filter(r -> ownership.on(r.disclosureId(), basis).isPresent())
                .map(ResultRef::resultNo).toList();
        return coOwned.isEmpty() ? Optional.empty()
                : Optional.of(Problem.warning("reward.propose.coOwnedAmongSeveral", "deal", String.join("、", coOwned)));
    }
}
