package org.transferdesk.reward.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transferdesk.common.I18n;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;

/**
 * 个人奖励明细: every reward line of one person, grouped by year (of the distribution's basis date), with
 * the deal, the kind, the cash amount or the equity share (and its value at the 作价 amount), the status,
 * the payment date, the 58号 exempt part and the tax withheld where recorded; a subtotal per year and a
 * grand total. Pure.
 */
public final class PersonStatement {
    /** One line of the person, with its exempt part. */
    public record Entry(Distribution distribution, DistributionLine line, BigDecimal exemptPart) {
        LocalDate date() {
            return distribution.basisDate();
        }

        boolean equity() {
            return distribution.kind() == DistributionKind.EQUITY;
        }
    }

    /** The sums of a year (or of all years). */
    public record Totals(BigDecimal cash, BigDecimal equityValue, BigDecimal exempt) {
        static final Totals ZERO = new Totals(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));

        Totals plus(Entry e) {
            return e.equity() ? new Totals(cash, equityValue.add(e.line().amount()), exempt)
                    : new Totals(cash.add(e.line().amount()), equityValue, exempt.add(e.exemptPart()));
        }
    }

    private PersonStatement() {
    }

    public static Map<Integer, Totals> totalsByYear(List<Entry> entries) {
        Map<Integer, Totals> byYear = new TreeMap<>();
        for (Entry e : entries) {
            byYear.merge(e.date().getYear(), Totals.ZERO.plus(e), (a, b) -> new Totals(a.cash().add(b.cash()),
                    a.equityValue().add(b.equityValue()), a.exempt().add(b.exempt())));
        }
        return byYear;
    }

    public static PrintableSheet build(String staffNo, String name, String department, LocalDate today,
                                       List<Entry> entries) {
        List<PrintableSheet.Column> columns = List.of(
                new PrintableSheet.Column(I18n.t("rewardExport.col.date"), 11),
                new PrintableSheet.Column(I18n.t("rewardExport.col.contractNo"), 14),
                new PrintableSheet.Column(I18n.t("rewardExport.col.title"), 26),
                new PrintableSheet.Column(I18n.t("rewardExport.col.kind"), 14),
                new PrintableSheet.Column(I18n.t("rewardExport.col.cash"), 13),
                new PrintableSheet.Column(I18n.t("rewardExport.col.equityShare"), 10),
                new PrintableSheet.Column(I18n.t("rewardExport.col.equityValue"), 17),
                new PrintableSheet.Column(I18n.t("rewardExport.col.status"), 9),
                new PrintableSheet.Column(I18n.t("rewardExport.col.paidOn"), 11),
                new PrintableSheet.Column(I18n.t("rewardExport.col.exempt"), 13),
                new PrintableSheet.Column(I18n.t("taxwh.export.col.taxWithheld"), 12));
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::date)).toList();
        Map<Integer, Totals> byYear = totalsByYear(sorted);
        List<List<Object>> rows = new ArrayList<>();
        Totals all = Totals.ZERO;
        BigDecimal allWithheld = null;
        for (Map.Entry<Integer, Totals> year : byYear.entrySet()) {
            BigDecimal withheld = null;
            for (Entry e : sorted) {
                if (e.date().getYear() != year.getKey()) {
                    continue;
                }
                Distribution d = e.distribution();
                DistributionLine l = e.line();
                List<Object> row = new ArrayList<>();
                row.add(e.date());
                row.add(d.contractNo() == null ? "" : d.contractNo());
                row.add(d.title() == null ? "" : d.title());
                row.add(d.kind().label());
                row.add(e.equity() ? null : l.amount());
                row.add(e.equity() && l.equityShare() != null ? new PrintableSheet.Fraction(l.equityShare()) : null);
                row.add(e.equity() ? l.amount() : null);
                row.add(d.status().label());
                row.add(l.paidOn());
                row.add(e.equity() ? null : e.exemptPart());
                row.add(l.taxWithheld());
                rows.add(row);
                all = all.plus(e);
                withheld = plus(withheld, l.taxWithheld());
            }
            Totals t = year.getValue();
            rows.add(totalsRow(I18n.t("rewardExport.statement.yearTotal", year.getKey()), t, withheld));
            allWithheld = plus(allWithheld, withheld);
        }
        List<Object> totals = totalsRow(I18n.t("rewardExport.statement.grandTotal"), all, allWithheld);
        List<PrintableSheet.Fact> facts = List.of(
                new PrintableSheet.Fact(I18n.t("rewardExport.col.staffNo"), staffNo),
                new PrintableSheet.Fact(I18n.t("rewardExport.col.name"), name),
                new PrintableSheet.Fact(I18n.t("rewardExport.col.department"), department == null ? "" : department),
                new PrintableSheet.Fact(I18n.t("rewardExport.statement.printedOn"), today.toString()));
        return new PrintableSheet(I18n.t("rewardExport.statement.sheet"), I18n.t("rewardExport.statement.title"),
                List.of(), facts, columns, rows, totals, List.of(I18n.t("rewardExport.statement.note")), true);
    }

    /** A sum of the tax withheld over the lines where it was recorded: null while none was. */
    private static BigDecimal plus(BigDecimal sum, BigDecimal tax) {
        return sum == null ? tax : tax == null ? sum : sum.add(tax);
    }

    private static List<Object> totalsRow(String label, Totals t, BigDecimal withheld) {
        List<Object> row = new ArrayList<>(java.util.Collections.nCopies(11, null));
        row.set(0, new PrintableSheet.Strong(label));
        row.set(4, t.cash());
        row.set(6, t.equityValue().signum() == 0 ? null : t.equityValue());
        row.set(9, t.exempt());
        row.set(10, withheld);
        return row;
    }
}
