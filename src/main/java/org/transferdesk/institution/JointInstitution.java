package org.transferdesk.institution;

/**
 * An institution or platform built jointly with a company (R-REPORT-PARTS (4)): the partner is a counterparty
 * ({@code counterpartyId}, its name in {@code partnerName} when read) or, for a company that signed no deal, only
 * a name. Founded in {@code foundedYear}; {@code closedYear} null while it runs.
 */
public record JointInstitution(Long id, String name, InstitutionKind kind, Long counterpartyId, String partnerName,
                               Integer foundedYear, Integer closedYear, String note, int version) {

    public static JointInstitution create() {
        return new JointInstitution(null, "", InstitutionKind.JOINT_RD, null, null, null, null, null, 0);
    }

    /** Whether it existed at some time in {@code year}: founded then or before, not closed before it. */
    public boolean activeIn(int year) {
        return foundedYear != null && foundedYear <= year && (closedYear == null || closedYear >= year);
    }
}
