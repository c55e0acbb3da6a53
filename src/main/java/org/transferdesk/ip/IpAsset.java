package org.transferdesk.ip;

import java.time.LocalDate;
import java.util.Optional;

/** 知识产权: a patent application or patent, software copyright registration, … protecting a result. */
public record IpAsset(Long id, IpType type, String applicationNo, String title, LocalDate filedOn,
                      LocalDate grantedOn, IpStatus status, String owners) {

    public static IpAsset create(IpType type) {
        return new IpAsset(null, type, null, null, null, null, IpStatus.FILED, null);
    }

    public Optional<LocalDate> termEnd() {
        return PatentTerm.termEnd(type, filedOn);
    }

    public String describe() {
        return type + " " + (applicationNo == null ? "-" : applicationNo) + " " + status
                + (filedOn == null ? "" : " filed " + filedOn) + (grantedOn == null ? "" : " granted " + grantedOn)
                + (owners == null || owners.isBlank() ? "" : " owners " + owners);
    }
}
