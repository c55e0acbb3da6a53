package org.transferdesk.reward.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.people.IdType;
import org.transferdesk.reward.DistributedReceipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.Tax58;

/**
 * 《科技人员取得职务科技成果转化现金奖励个人所得税备案表》 (R-TAX58-FILING) for the payments of a period:
 * the unit's name and credit code above, then one row per person per paid eligible line with the
 * result's name and type, the mode, the registration number, the receipts (an imported payment's too),
 * the person's name, ID type and number, the reward, its exempt part and the 公示结果文件 number and name.
 * Nothing is made up: a number or name not recorded stays blank and a note under the table names those
 * rows; people without an ID number are listed on a second sheet so the clerk can complete them. Pure.
 */
public final class TaxFiling {
    /** One paid line whose reward is 58号-eligible. */
    public record Entry(Distribution distribution, DistributionLine line, DealFacts deal, BigDecimal exemptPart,
                        IdType idType, String idNumber) {
        public Entry {
            idType = idType == null ? IdType.RESIDENT_ID : idType;
        }
    }

    private TaxFiling() {
    }

    public static List<PrintableSheet> build(UnitInfo unit, LocalDate from, LocalDate to, List<Entry> entries) {
        List<PrintableSheet.Column> columns = List.of(
                new PrintableSheet.Column(I18n.t("rewardExport.col.no"), 5),
                new PrintableSheet.Column(I18n.t("rewardExport.col.resultName"), 22),
                new PrintableSheet.Column(I18n.t("rewardExport.col.resultType"), 10),
                new PrintableSheet.Column(I18n.t("rewardExport.col.mode"), 10),
                new PrintableSheet.Column(I18n.t("rewardExport.col.registrationNo"), 18),
                new PrintableSheet.Column(I18n.t("rewardExport.col.receivedOn"), 11),
                new PrintableSheet.Column(I18n.t("rewardExport.col.received"), 14),
                new PrintableSheet.Column(I18n.t("rewardExport.col.name"), 9),
                new PrintableSheet.Column(I18n.t("rewardExport.col.idType"), 11),
                new PrintableSheet.Column(I18n.t("rewardExport.col.idNumber"), 20),
                new PrintableSheet.Column(I18n.t("rewardExport.col.reward"), 13),
                new PrintableSheet.Column(I18n.t("rewardExport.col.exempt"), 13),
                new PrintableSheet.Column(I18n.t("rewardExport.col.publicityDocNo"), 16),
                new PrintableSheet.Column(I18n.t("rewardExport.col.publicityDocName"), 22),
                new PrintableSheet.Column(I18n.t("rewardExport.col.paidOn"), 11));
        if (entries.stream().anyMatch(e -> org.transferdesk.common.PersonIdNumber.isMasked(e.idNumber()))) {
            // issue 22, R-ACCESS: a role that reads ID numbers masked would file masked ones; the 备案表 is finance's
            throw org.transferdesk.common.NotPermittedException.of(
                    org.transferdesk.common.Role.Permission.READ_ID_NUMBERS);
        }
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> missing = new ArrayList<>();
        List<String> withoutDocument = new ArrayList<>();
        BigDecimal reward = BigDecimal.ZERO.setScale(2);
        BigDecimal exempt = BigDecimal.ZERO.setScale(2);
        int no = 1;
        for (Entry e : entries) {
            Distribution d = e.distribution();
            DistributionLine l = e.line();
            boolean hasId = e.idNumber() != null && !e.idNumber().isBlank();
            List<Object> row = new ArrayList<>();
            row.add(no++);
            row.add(e.deal().resultNames().isEmpty() ? d.title() : e.deal().resultNamesText());
            row.add(e.deal().resultTypesText());
            row.add(e.deal().mode());
            row.add(e.deal().registrationNo());
            row.add(d.receipts().stream().map(r -> r.receivedOn().toString()).collect(Collectors.joining("\n")));
            row.add(d.receipts().stream().map(DistributedReceipt::amount).reduce(BigDecimal.ZERO.setScale(2),
                    BigDecimal::add));
            row.add(l.name());
            row.add(e.idType().label());
            row.add(hasId ? e.idNumber() : "");
            row.add(l.amount());
            row.add(e.exemptPart());
            row.add(nullToEmpty(d.workflow().publicityDocNo()));
            row.add(nullToEmpty(d.workflow().publicityDocName()));
            if (d.workflow().publicityDocNo() == null || d.workflow().publicityDocName() == null) {
                withoutDocument.add(String.valueOf(no - 1));
            }
            row.add(l.paidOn());
            rows.add(row);
            reward = reward.add(l.amount());
            exempt = exempt.add(e.exemptPart());
            if (!hasId) {
                missing.add(List.of(nullToEmpty(l.staffNo()), l.name(), nullToEmpty(d.contractNo())));
            }
        }
        List<Object> totals = new ArrayList<>(java.util.Collections.nCopies(columns.size(), null));
        totals.set(1, I18n.t("rewardExport.total"));
        totals.set(10, reward);
        totals.set(11, exempt);
        String period = from.withDayOfMonth(1).equals(from) && to.equals(from.withDayOfMonth(from.lengthOfMonth()))
                ? I18n.t("rewardExport.filing.month", from.getYear(), from.getMonthValue())
                : I18n.t("rewardExport.period", from.toString(), to.toString());
        List<PrintableSheet.Fact> facts = List.of(
                new PrintableSheet.Fact(I18n.t("rewardExport.filing.unitName"), unit.name()),
                new PrintableSheet.Fact(I18n.t("rewardExport.filing.creditCode"), unit.creditCode()),
                new PrintableSheet.Fact(I18n.t("rewardExport.filing.period"), period),
                new PrintableSheet.Fact(I18n.t("rewardExport.filing.due"), Tax58.filingDue(to).toString()));
        List<String> closing = new ArrayList<>();
        closing.add(I18n.t("rewardExport.filing.note"));
        if (!withoutDocument.isEmpty()) {
            closing.add(I18n.t("rewardExport.filing.documentMissing", String.join("、", withoutDocument)));
        }
        closing.add(I18n.t("rewardExport.filing.signatures"));
        List<PrintableSheet> sheets = new ArrayList<>();
        sheets.add(new PrintableSheet(I18n.t("rewardExport.filing.sheet"), I18n.t("rewardExport.filing.title"),
                List.of(), facts, columns, rows, totals, closing, true));
        if (!missing.isEmpty()) {
            sheets.add(new PrintableSheet(I18n.t("rewardExport.warnings.sheet"), I18n.t("rewardExport.warnings.title"),
                    List.of(I18n.t("rewardExport.warnings.intro")), List.of(),
                    List.of(new PrintableSheet.Column(I18n.t("rewardExport.col.staffNo"), 12),
                            new PrintableSheet.Column(I18n.t("rewardExport.col.name"), 14),
                            new PrintableSheet.Column(I18n.t("rewardExport.col.contractNo"), 20)),
                    missing, null, List.of(), false));
        }
        return sheets;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
