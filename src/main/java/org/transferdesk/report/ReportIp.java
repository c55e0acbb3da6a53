package org.transferdesk.report;

import java.time.LocalDate;
import org.transferdesk.ip.IpType;

/** An IP asset of a result: filed and granted dates by type. */
public record ReportIp(long id, long resultId, IpType type, String applicationNo, LocalDate filedOn,
                       LocalDate grantedOn) {
}
