package org.transferdesk.fees;

import java.time.LocalDate;
import java.util.Objects;
import org.transferdesk.common.Percent;
import org.transferdesk.pilot.MaintenancePayer;

/**
 * A period in which the patent is co-owned (e.g. after an ownership grant is registered, R-PILOT-FLOW):
 * from {@code from} inclusive to {@code to} exclusive (null: still co-owned), who pays the maintenance fees
 * under the agreement (null: by share), the university's ownership share and the case it comes from.
 */
public record CoOwnedPeriod(LocalDate from, LocalDate to, MaintenancePayer payer, Percent unitShare, String caseNo) {
    public CoOwnedPeriod {
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("co-owned period ends " + to + " not after it starts " + from);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }
}
