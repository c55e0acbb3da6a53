package org.transferdesk.deal;

import java.util.List;
import org.transferdesk.disclosure.ResultDeals;

/** Supplies the result editor's deals tab from the deal list, so the disclosure feature needs no deal types. */
public final class DealsOfResult implements ResultDeals {
    private final DealService deals;

    public DealsOfResult(DealService deals) {
        this.deals = deals;
    }

    @Override
    public List<Row> ofResult(long disclosureId) {
        return deals.ofResult(disclosureId).stream().map(d -> new Row(d.id(), d.contractNo(), d.mode(),
                d.counterparty(), d.signedOn(), d.status(), d.contractAmount(), d.received())).toList();
    }
}
