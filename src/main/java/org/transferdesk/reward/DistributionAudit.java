package org.transferdesk.reward;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The fields of a distribution the audit log compares; lists as one line each. */
public final class DistributionAudit {
    private DistributionAudit() {
    }

    public static Map<String, Object> fields(Distribution d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind());
        m.put("contractNo", d.contractNo());
        m.put("basisDate", d.basisDate());
        m.put("receipts", d.receipts().stream().map(r -> r.receivedOn() + " " + r.amount()).collect(Collectors.joining("; ")));
        m.put("deductions", d.deductions().stream().map(c -> c.incurredOn() + " " + c.category() + " " + c.deducted())
                .collect(Collectors.joining("; ")));
        m.put("net", d.figures().net());
        m.put("rate", d.figures().rate());
        m.put("pool", d.figures().pool());
        if (!d.unitParts().isEmpty()) {
            m.put("unitParts", d.unitParts().stream().map(u -> u.unit() + (u.name().isEmpty() ? "" : " " + u.name())
                    + " " + u.amount()).collect(Collectors.joining("; ")));
        }
        m.put("status", d.status());
        m.put("publicity", d.workflow().publicityFrom() == null ? null
                : d.workflow().publicityFrom() + "~" + d.workflow().publicityTo());
        m.put("approved", d.workflow().approvedOn() == null ? null : d.workflow().approvedOn() + " " + d.workflow().approvedBy());
        m.put("revoked", d.workflow().revokedOn() == null ? null : d.workflow().revokedOn() + " " + d.workflow().revokeReason());
        m.put("overrideReason", d.overrideReason());
        m.put("lines", d.lines().stream().map(l -> l.staffNo() + " " + l.amount()
                + (l.equityShare() == null ? "" : " " + l.equityShare().toPlainString())
                + (l.paidOn() == null ? "" : " paid " + l.paidOn())
                + (l.taxWithheld() == null ? "" : " tax " + l.taxWithheld())).collect(Collectors.joining("; ")));
        return m;
    }
}
