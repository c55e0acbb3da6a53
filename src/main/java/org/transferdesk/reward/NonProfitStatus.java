package org.transferdesk.reward;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.settings.DatedValue;

/**
 * R-TAX58 condition 1 with its dates: whether the unit was a non-profit unit (the dated setting
 * {@code unit.nonProfit}) on a day. A reward is judged by the status on the day it is paid — the day the
 * person receives the income 58号 relieves — not by today's, so a past payment keeps its treatment when the
 * setting changes later.
 */
@FunctionalInterface
public interface NonProfitStatus {
    boolean on(LocalDate day);

    /** A unit whose status never changed. */
    static NonProfitStatus always(boolean nonProfit) {
        return day -> nonProfit;
    }

    /**
     * The status from the setting's recorded versions (any order): the latest on or before the day; before
     * the first version the default, yes (DOMAIN §4).
     */
    static NonProfitStatus of(List<DatedValue> versions) {
        List<DatedValue> copy = List.copyOf(versions);
        return day -> {
            DatedValue inForce = null;
            for (DatedValue v : copy) {
                if (!v.effectiveFrom().isAfter(day)
                        && (inForce == null || v.effectiveFrom().isAfter(inForce.effectiveFrom()))) {
                    inForce = v;
                }
            }
            return inForce == null || Boolean.parseBoolean(inForce.value());
        };
    }

    /** The status a cash line is judged by: its payment day's; an unpaid line would be paid from today on. */
    default boolean forPayment(LocalDate paidOn, LocalDate today) {
        return on(paidOn == null ? today : paidOn);
    }
}
