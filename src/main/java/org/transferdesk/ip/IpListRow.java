package org.transferdesk.ip;

import java.time.LocalDate;
import java.util.Locale;

/** One row of the IP register list, with the result it protects. */
public record IpListRow(long ipId, long disclosureId, String resultNo, String resultTitle, IpType type,
                        String applicationNo, String title, LocalDate filedOn, LocalDate grantedOn, IpStatus status,
                        String owners, String searchText) {

    public static IpListRow of(long ipId, long disclosureId, String resultNo, String resultTitle, IpType type,
                               String applicationNo, String title, LocalDate filedOn, LocalDate grantedOn,
                               IpStatus status, String owners) {
        String search = String.join("\u0001", resultNo, resultTitle, applicationNo == null ? "" : applicationNo,
                title == null ? "" : title, owners == null ? "" : owners).toLowerCase(Locale.ROOT);
        return new IpListRow(ipId, disclosureId, resultNo, resultTitle, type, applicationNo, title, filedOn,
                grantedOn, status, owners, search);
    }

    public LocalDate termEnd() {
        return PatentTerm.termEnd(type, filedOn).orElse(null);
    }
}
