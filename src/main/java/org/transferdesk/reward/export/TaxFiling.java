package org.transferdesk.reward.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.export.print.SheetColumnList;
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

        boolean hasIdNumber() {
            return idNumber != null && !idNumber.isBlank();
        }
    }

    private static final SheetColumnList<Entry> TABLE = SheetColumnList.<Entry>numbered("rewardExport.col.no", 5)
            .then("rewardExport.col.resultName", 22,
                    e -> e.deal().resultNames().isEmpty() ? e.distribution().title() : e.deal().resultNamesText())
            .then("rewardExport.col.resultType", 10, e -> e.deal().resultTypesText())
            .then("rewardExport.col.mode", 10, e -> e.deal().mode())
            .then("rewardExport.col.registrationNo", 18, e -> e.deal().registrationNo())
            .then("rewardExport.col.receivedOn", 11, e -> e.distribution().receipts().stream()
                    .map(r -> r.receivedOn().toString()).collect(Collectors.joining("\n")))
            .then("rewardExport.col.received", 14, e -> e.distribution().receipts().stream()
                    .map(DistributedReceipt::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add))
            .then("rewardExport.col.name", 9, e -> e.line().name())
            .then("rewardExport.col.idType", 11, e -> e.idType().label())
            .then("rewardExport.col.idNumber", 20, e -> e.hasIdNumber() ? e.idNumber() : "")
            .then("rewardExport.col.reward", 13, e -> e.line().amount())
            .then("rewardExport.col.exempt", 13, Entry::exemptPart)
            .then("rewardExport.col.publicityDocNo", 16, e -> nullToEmpty(e.distribution().workflow().publicityDocNo()))
            .then("rewardExport.col.publicityDocName", 22,
                    e -> nullToEmpty(e.distribution().workflow().publicityDocName()))
            .then("rewardExport.col.paidOn", 11, e -> e.line().paidOn());

    private TaxFiling() {
    }

    public static List<PrintableSheet> build(UnitInfo unit, LocalDate from, LocalDate to, List<Entry> entries) {
        List<PrintableSheet.Column> columns = TABLE.columns();
        if (entries.stream().anyMatch(e -> org.transferdesk.common.PersonIdNumber.isMasked(e.idNumber()))) {
            // issue 22, R-ACCESS: a role that reads ID numbers masked would file masked ones; the 备案表 is finance's
            throw org.transferdesk.common.NotPermittedException.of(
                    org.transferdesk.common.Role.Permission.READ_ID_NUMBERS);
        }
        List<List<Object>> rows = TABLE.rows(entries);
        List<List<Object>> missing = new ArrayList<>();
        List<String> withoutDocument = new ArrayList<>();
        BigDecimal reward = BigDecimal.ZERO.setScale(2);
        BigDecimal exempt = BigDecimal.ZERO.setScale(2);
        int no = 0;
        for (Entry e : entries) {
            Distribution d = e.distribution();
            DistributionLine l = e.line();
            no++;
            if (d.workflow().publicityDocNo() == null || d.workflow().publicityDocName() == null) {
                withoutDocument.add(String.valueOf(no));
            }
            reward = reward.add(l.amount());
            exempt = exempt.add(e.exemptPart());
            if (!e.hasIdNumber()) {
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
