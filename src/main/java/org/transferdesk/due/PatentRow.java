package org.transferdesk.due;

import java.time.LocalDate;
import java.util.Set;
import org.transferdesk.ip.IpType;

/** A granted patent in force, with its result and the fee years recorded as paid. */
public record PatentRow(long ipId, long disclosureId, String resultNo, String resultTitle, String applicationNo,
                        IpType type, LocalDate filedOn, LocalDate grantedOn, Set<Integer> paidYears) {
}
