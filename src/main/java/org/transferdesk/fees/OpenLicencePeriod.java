package org.transferdesk.fees;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period in which the patent is under open licence (开放许可, R-PAT-OPEN): from {@code from} to {@code to}
 * both inclusive (null: still running), and the contract it comes from. The app knows it from the signed
 * licence deals of kind OPEN on the patent's result: CNIPA grants the fee reduction while an open licence is
 * being exercised (开放许可实施期间), which is what such a contract records.
 */
public record OpenLicencePeriod(LocalDate from, LocalDate to, String contractNo) {
    public OpenLicencePeriod {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("open licence ends " + to + " before it starts " + from);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
