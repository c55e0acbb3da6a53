package org.transferdesk.deal;

import java.util.EnumSet;
import java.util.Set;

/** R-DILIGENCE: which documents a deal's diligence file must hold (pure; no database). */
public final class DiligenceRules {
    private DiligenceRules() {
    }

    /**
     * The items this deal requires before any is marked not applicable: for transfer, licence and equity
     * deals the pricing evidence, collective-decision minutes, all inventors' and co-owners' consent; the
     * 公示 record when the price must be publicised (R-PRICE); a related-party declaration for a
     * related-party deal; the signed contract once signed; the registration certificate once registered (R-REG).
     */
    public static Set<DiligenceItem> required(Deal deal) {
        Set<DiligenceItem> items = EnumSet.noneOf(DiligenceItem.class);
        if (deal.mode() != null && deal.mode().convertsResults()) {
            items.add(DiligenceItem.PRICING_EVIDENCE);
            items.add(DiligenceItem.DECISION_MINUTES);
            items.add(DiligenceItem.INVENTORS_CONSENT);
            // Not every result has co-owners: the user marks this not applicable when there are none.
            items.add(DiligenceItem.CO_OWNERS_CONSENT);
        }
        if (deal.mode() != null && deal.needsPricePublicity()) {
            items.add(DiligenceItem.PUBLICITY_RECORD);
        }
        if (deal.relatedParty()) {
            items.add(DiligenceItem.RELATED_PARTY_DECLARATION);
        }
        if (deal.status().isSigned()) {
            items.add(DiligenceItem.SIGNED_CONTRACT);
        }
        if (deal.registration().isRegistered()) {
            items.add(DiligenceItem.REGISTRATION_CERTIFICATE);
        }
        return items;
    }
}
