package org.transferdesk.outreach;

/**
 * What followed an event with one company: the company, the result it was about (may be null), a note, where it
 * stands and the deal it became (may be null). {@code company}, {@code result} and {@code dealNo} are shown only.
 */
public record Lead(Long id, long counterpartyId, String company, Long disclosureId, String result, String note,
                   LeadStatus status, Long dealId, String dealNo) {
}
