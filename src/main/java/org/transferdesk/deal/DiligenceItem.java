package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** R-DILIGENCE: the documents of a deal's diligence file (尽职免责). */
public enum DiligenceItem implements Labeled {
    PRICING_EVIDENCE, PUBLICITY_RECORD, DECISION_MINUTES, RELATED_PARTY_DECLARATION, INVENTORS_CONSENT, CO_OWNERS_CONSENT, SIGNED_CONTRACT, REGISTRATION_CERTIFICATE;

    @Override
    public String labelPrefix() {
        return "diligence";
    }
}
