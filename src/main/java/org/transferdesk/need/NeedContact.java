package org.transferdesk.need;

/** The company's contact for this need (not the counterparty's general contact): name, phone, e-mail. */
public record NeedContact(String name, String phone, String email) {
    public static final NeedContact NONE = new NeedContact(null, null, null);
}
