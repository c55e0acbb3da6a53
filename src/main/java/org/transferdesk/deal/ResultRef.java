package org.transferdesk.deal;

/** A result linked to a deal, with what the deal screens show of it. */
public record ResultRef(long disclosureId, String resultNo, String title) {
}
