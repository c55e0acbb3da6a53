package org.transferdesk.reward.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.export.print.SheetColumnList;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;

/**
 * 发放表 for the finance office: one row per approved or paid cash line with staff number, name,
 * department, amount, the 58号 exempt part and the taxable rest, the tax withheld where recorded (empty
 * until then), the distribution it comes from, the payroll reference and a column for the recipient's
 * signature; totals at the foot. Pure.
 */
public final class PayrollSheet {
    /** One line to pay (or paid). */
    public record Entry(Distribution distribution, DistributionLine line, String department, BigDecimal exemptPart) {
        public BigDecimal taxable() {
            return line.amount().subtract(exemptPart);
        }
    }

    private static final SheetColumnList<Entry> TABLE = SheetColumnList.<Entry>numbered("rewardExport.col.no", 5)
            .then("rewardExport.col.staffNo", 10, e -> e.line().staffNo())
            .then("rewardExport.col.name", 10, e -> e.line().name())
            .then("rewardExport.col.department", 16, Entry::department)
            .then("rewardExport.col.reward", 14, e -> e.line().amount())
            .then("rewardExport.col.exempt", 14, Entry::exemptPart)
            .then("rewardExport.col.taxable", 14, Entry::taxable)
            .then("taxwh.export.col.taxWithheld", 12, e -> e.line().taxWithheld())
            .then("rewardExport.col.reference", 22, e -> reference(e.distribution()))
            .then("rewardExport.col.payrollRef", 12, e -> e.line().payrollRef() == null ? "" : e.line().payrollRef())
            .then("rewardExport.col.signature", 12, e -> "");

    private PayrollSheet() {
    }

    /** @param scope what the sheet covers, e.g. "2026-11-01 至 2026-11-30" or a distribution's reference */
    public static PrintableSheet build(String scope, List<Entry> entries) {
        List<PrintableSheet.Column> columns = TABLE.columns();
        List<List<Object>> rows = TABLE.rows(entries);
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        BigDecimal exempt = BigDecimal.ZERO.setScale(2);
        BigDecimal withheld = BigDecimal.ZERO.setScale(2);
        for (Entry e : entries) {
            DistributionLine l = e.line();
            amount = amount.add(l.amount());
            exempt = exempt.add(e.exemptPart());
            withheld = l.taxWithheld() == null ? withheld : withheld.add(l.taxWithheld());
        }
        List<Object> totals = new ArrayList<>(java.util.Collections.nCopies(columns.size(), null));
        totals.set(1, I18n.t("rewardExport.total"));
        totals.set(2, I18n.t("rewardExport.payroll.persons", entries.size()));
        totals.set(4, amount);
        totals.set(5, exempt);
        totals.set(6, amount.subtract(exempt));
        totals.set(7, withheld);
        return new PrintableSheet(I18n.t("rewardExport.payroll.sheet"), I18n.t("rewardExport.payroll.title"),
                List.of(), List.of(new PrintableSheet.Fact(I18n.t("rewardExport.payroll.scope"), scope)), columns, rows,
                totals, List.of(I18n.t("rewardExport.payroll.note"), I18n.t("rewardExport.payroll.signatures")), true);
    }

    /** "合同 C-1 · 分配 #12": the contract the finance office knows, and the distribution the office records. */
    static String reference(Distribution d) {
        String contract = d.contractNo() == null || d.contractNo().isBlank() ? d.title() : d.contractNo();
        return I18n.t("rewardExport.reference", contract, d.id() == null ? "" : d.id().toString());
    }
}
