package org.transferdesk.deal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The fields of a deal the audit log compares; child lists as one line each. */
public final class DealAudit {
    private DealAudit() {
    }

    public static Map<String, Object> fields(Deal d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contractNo", d.contractNo());
        m.put("mode", d.mode());
        m.put("licenseKind", d.licenseKind());
        m.put("title", d.title());
        m.put("results", d.results().stream().map(ResultRef::resultNo).collect(Collectors.joining("; ")));
        m.put("counterparty", d.counterpartyName());
        m.put("signedOn", d.signedOn());
        m.put("termFrom", d.termFrom());
        m.put("termTo", d.termTo());
        m.put("contractAmount", d.contractAmount());
        m.put("pricing", d.pricing());
        m.put("relatedParty", d.relatedParty());
        m.put("registrationNo", d.registration().number());
        m.put("registeredOn", d.registration().registeredOn());
        m.put("technicalIncome", d.registration().technicalIncome());
        m.put("valuation", d.valuation().done() ? d.valuation().amount() + " " + d.valuation().reportRef() : null);
        m.put("status", d.status());
        m.put("manager", d.managerLogin());
        m.put("publicity", d.publicity() == null ? null : d.publicity().startsOn() + "~" + d.publicity().endsOn()
                + " " + d.publicity().place() + " objections " + d.publicity().objections().size());
        m.put("approvals", d.approvals().stream().map(a -> a.tier() + " " + a.approver() + " " + a.approvedOn())
                .collect(Collectors.joining("; ")));
        m.put("instalments", d.instalments().stream().map(i -> i.dueOn() + " " + i.amount())
                .collect(Collectors.joining("; ")));
        m.put("receipts", d.receipts().stream().map(r -> r.receivedOn() + " " + r.amount()
                + (r.voucherNo() == null ? "" : " " + r.voucherNo())).collect(Collectors.joining("; ")));
        m.put("costs", d.costs().stream().map(c -> c.incurredOn() + " " + c.category() + " " + c.amount())
                .collect(Collectors.joining("; ")));
        m.put("equity", d.equity() == null ? null : d.equity().companyName() + " " + d.equity().universityShare());
        return m;
    }
}
