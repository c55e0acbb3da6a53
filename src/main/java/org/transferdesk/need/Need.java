package org.transferdesk.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.ResultRef;

/**
 * A company's technical need (企业技术需求). {@code counterpartyId} is the company; a need typed for a company not yet
 * in the register carries it as {@code newCompany} (id null), which the save records in the same transaction.
 * Budget bounds are yuan, either blank (open). {@code dealId}/{@code dealNo}: the deal drafted from it, if any.
 * {@code moves} is read with the need and appended by {@link NeedFlow}, never edited.
 */
public record Need(Long id, Long counterpartyId, String counterpartyName, Counterparty newCompany, String title,
                   String description, String field, BigDecimal budgetMin, BigDecimal budgetMax, LocalDate deadline,
                   NeedContact contact, NeedSource source, NeedStatus status, String closedReason,
                   List<ResultRef> results, Long dealId, String dealNo, List<NeedMove> moves, int version) {

    public Need {
        contact = contact == null ? NeedContact.NONE : contact;
        status = status == null ? NeedStatus.OPEN : status;
        results = results == null ? List.of() : List.copyOf(results);
        moves = moves == null ? List.of() : List.copyOf(moves);
    }

    public static Need create() {
        return new Need(null, null, null, null, "", null, null, null, null, null, null, NeedSource.VISIT,
                NeedStatus.OPEN, null, List.of(), null, null, List.of(), 0);
    }

    public boolean isNew() {
        return id == null;
    }

    public Need withStatus(NeedStatus to, String reason, List<NeedMove> allMoves) {
        return new Need(id, counterpartyId, counterpartyName, newCompany, title, description, field, budgetMin,
                budgetMax, deadline, contact, source, to, reason, results, dealId, dealNo, allMoves, version);
    }

    public Need withDeal(Long newDealId, String newDealNo) {
        return new Need(id, counterpartyId, counterpartyName, newCompany, title, description, field, budgetMin,
                budgetMax, deadline, contact, source, status, closedReason, results, newDealId, newDealNo, moves,
                version);
    }

    public Need withCompany(Long companyId, String companyName) {
        return new Need(id, companyId, companyName, null, title, description, field, budgetMin, budgetMax, deadline,
                contact, source, status, closedReason, results, dealId, dealNo, moves, version);
    }
}
