package org.transferdesk.outreach;

/** A counterparty as an event lists it: its id and name. */
public record CompanyRef(long id, String name) {
}
