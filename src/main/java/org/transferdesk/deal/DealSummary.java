package org.transferdesk.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One row of the deal list, with the money position as of the day the list was loaded; {@code manager} is the
 * 经办人's display name (issue 22).
 */
public record DealSummary(long id, String contractNo, DealMode mode, LicenseKind licenseKind, String title,
                          String counterparty, Long counterpartyId, LocalDate signedOn, DealStatus status,
                          BigDecimal contractAmount, BigDecimal received, BigDecimal outstanding, BigDecimal overdue,
                          boolean registered, String departments, String resultNos, String manager,
                          String searchText) {

    public static DealSummary of(Deal d, String departments, LocalDate asOf) {
        AccountPosition position = AccountPosition.of(d, asOf);
        String results = String.join("、", d.results().stream().map(ResultRef::resultNo).toList());
        String search = String.join("\u0001", d.contractNo(), d.title(), nz(d.counterpartyName()), nz(departments),
                results, nz(d.managerName())).toLowerCase(Locale.ROOT);
        return new DealSummary(d.id(), d.contractNo(), d.mode(), d.licenseKind(), d.title(), d.counterpartyName(),
                d.counterpartyId(), d.signedOn(), d.status(), d.contractAmount(), position.received(),
                position.outstanding(), position.overdue(), d.registration().isRegistered(), departments, results,
                d.managerName(), search);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
