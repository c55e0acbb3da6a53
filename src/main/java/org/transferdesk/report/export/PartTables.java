package org.transferdesk.report.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpType;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.ReportModes;
import org.transferdesk.report.ReportText;
import org.transferdesk.report.Tally;
import org.transferdesk.report.export.ReportTable.Row;
import org.transferdesk.report.export.ReportTable.Wan;

/**
 * The tables of parts (1)–(5) (R-REPORT-PARTS), amounts in 万元: each subtotal is the 万元 rounding of the
 * exact yuan sum, so it can differ by a cent from the sum of the rounded lines above it.
 */
final class PartTables {
    private PartTables() {
    }

    static ReportTable office(ReportText text) {
        return new ReportTable(I18n.t("reportExport.office"), List.of(I18n.t("reportExport.col.item"),
                I18n.t("reportExport.col.value")), List.of(
                row(I18n.t("reportExport.officeStaff"), count(text.officeStaff())),
                row(I18n.t("reportExport.technologyManagers"), count(text.technologyManagers()))));
    }

    /** Parts (3) and (4): one line per mode, the group's subtotal and (part 4) the all-six total. */
    static ReportTable modes(AnnualReport r, List<DealMode> modes, Tally subtotal, String subtotalLabel,
                             boolean withAll) {
        List<Row> rows = new ArrayList<>();
        for (DealMode m : modes) {
            rows.add(tally(m.label(), r.mode(m), false));
        }
        rows.add(tally(subtotalLabel, subtotal, true));
        if (withAll) {
            rows.add(tally(I18n.t("reportFigure.all"), r.all(), true));
        }
        return new ReportTable(I18n.t(withAll ? "reportExport.cooperationTable" : "reportExport.conversionTable"),
                tallyHeaders(I18n.t("reportExport.col.mode")), rows);
    }

    static ReportTable conversion(AnnualReport r) {
        return modes(r, ReportModes.CONVERSION, r.conversion(), I18n.t("reportFigure.conversion"), false);
    }

    static ReportTable cooperation(AnnualReport r) {
        return modes(r, ReportModes.COOPERATION, r.cooperation(), I18n.t("reportFigure.cooperation"), true);
    }

    static ReportTable licenceKinds(AnnualReport r) {
        List<Row> rows = new ArrayList<>();
        for (String key : ordered(r.licenceKinds().keySet(), LicenseKind.class)) {
            rows.add(tally(ReportLabels.of(LicenseKind.class, key), r.licenceKinds().get(key), false));
        }
        return new ReportTable(I18n.t("reportFigure.licenceKinds"),
                tallyHeaders(I18n.t("reportExport.col.licenceKind")), rows);
    }

    static ReportTable large(AnnualReport r) {
        return new ReportTable(I18n.t("reportExport.large"), List.of(I18n.t("reportExport.col.item"),
                I18n.t("reportFigure.contracts")), List.of(
                row(ReportLabels.threshold(r.conventions().large1()), r.large().atLeast1Million()),
                row(ReportLabels.threshold(r.conventions().large2()), r.large().atLeast10Million()),
                row(ReportLabels.threshold(r.conventions().large3()), r.large().atLeast100Million())));
    }

    static ReportTable companies(AnnualReport r) {
        return new ReportTable(I18n.t("reportExport.companies"), valueHeaders(), List.of(
                row(I18n.t("reportFigure.companiesCreated"), r.companies().created()),
                row(I18n.t("reportFigure.companiesJoined"), r.companies().joined()),
                row(ReportLabels.inWan(I18n.t("reportFigure.equityValue")), new Wan(r.companies().equityValue()))));
    }

    static ReportTable people(AnnualReport r) {
        return new ReportTable(I18n.t("reportExport.people"), valueHeaders(), List.of(
                row(I18n.t("reportFigure.sideJobs"), r.people().sideJobs()),
                row(I18n.t("reportFigure.sideJobsStarted"), r.people().sideJobsStarted()),
                row(I18n.t("reportFigure.leaveToFound"), r.people().leaveToFound()),
                row(I18n.t("reportFigure.leaveToFoundStarted"), r.people().leaveToFoundStarted())));
    }

    static ReportTable rewards(AnnualReport r) {
        var w = r.rewards();
        return new ReportTable(I18n.t("reportExport.rewards"), valueHeaders(), List.of(
                row(ReportLabels.inWan(I18n.t("reportFigure.rewardsCash")), new Wan(w.cash())),
                row(ReportLabels.inWan(I18n.t("reportFigure.rewardsEquity")), new Wan(w.equity())),
                row(I18n.t("reportFigure.personTimes"), w.personTimes()),
                row(ReportLabels.inWan(I18n.t("reportFigure.keyContributors")), new Wan(w.keyContributors())),
                row(ReportLabels.inWan(I18n.t("reportFigure.leaders")), new Wan(w.leaders())),
                row(ReportLabels.inWan(I18n.t("reportFigure.taxExempt58")), new Wan(w.taxExempt58())),
                row(ReportLabels.inWan(I18n.t("reportFigure.taxWithheld")), new Wan(w.taxWithheld())),
                row(I18n.t("reportExport.taxRecordedLines"), w.taxRecordedLines())));
    }

    static ReportTable pilots(AnnualReport r) {
        var p = r.pilots();
        return new ReportTable(I18n.t("reportExport.pilots"), valueHeaders(), List.of(
                row(I18n.t("reportFigure.pilotsGranted"), p.granted()),
                row(I18n.t("reportFigure.pilotsOwnership"), p.ownership()),
                row(I18n.t("reportFigure.pilotsLongTermUse"), p.longTermUse()),
                row(I18n.t("reportFigure.pilotsConverted"), p.converted()),
                row(ReportLabels.inWan(I18n.t("reportFigure.pilotsIncome")), new Wan(p.income()))));
    }

    static ReportTable disclosed(AnnualReport r) {
        return new ReportTable(I18n.t("reportFigure.resultsDisclosed"), valueHeaders(),
                List.of(row(I18n.t("reportFigure.resultsDisclosed"), r.results().disclosed())));
    }

    static ReportTable byType(AnnualReport r) {
        return counts(I18n.t("reportFigure.byType"), r.results().byType(), ResultType.class);
    }

    static ReportTable byFunding(AnnualReport r) {
        return counts(I18n.t("reportFigure.byFunding"), r.results().byFunding(), FundingSource.class);
    }

    static ReportTable byDepartment(AnnualReport r) {
        List<Row> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>(new TreeSet<>(r.results().byDepartment().keySet()));
        // the unnamed group last, after the named departments
        if (keys.remove(AnnualReport.UNSPECIFIED)) {
            keys.add(AnnualReport.UNSPECIFIED);
        }
        keys.forEach(k -> rows.add(row(ReportLabels.department(k), r.results().byDepartment().get(k))));
        return new ReportTable(I18n.t("reportFigure.byDepartment"), valueHeaders(), rows);
    }

    static ReportTable ip(AnnualReport r) {
        TreeSet<String> keys = new TreeSet<>(r.results().ipFiled().keySet());
        keys.addAll(r.results().ipGranted().keySet());
        List<Row> rows = new ArrayList<>();
        for (String k : ordered(keys, IpType.class)) {
            rows.add(row(ReportLabels.of(IpType.class, k), r.results().ipFiled().getOrDefault(k, 0),
                    r.results().ipGranted().getOrDefault(k, 0)));
        }
        return new ReportTable(I18n.t("reportExport.ip"), List.of(I18n.t("reportExport.col.ipType"),
                I18n.t("reportFigure.ipFiled"), I18n.t("reportFigure.ipGranted")), rows);
    }

    private static <E extends Enum<E> & Labeled> ReportTable counts(String caption, Map<String, Integer> counts,
                                                                   Class<E> type) {
        List<Row> rows = new ArrayList<>();
        for (String k : ordered(counts.keySet(), type)) {
            rows.add(row(ReportLabels.of(type, k), counts.get(k)));
        }
        return new ReportTable(caption, valueHeaders(), rows);
    }

    /** Keys in the enum's order, unknown names after them and UNSPECIFIED last. */
    static <E extends Enum<E>> List<String> ordered(java.util.Collection<String> keys, Class<E> type) {
        Function<String, Integer> rank = k -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(k)) {
                    return e.ordinal();
                }
            }
            return AnnualReport.UNSPECIFIED.equals(k) ? Integer.MAX_VALUE : Integer.MAX_VALUE - 1;
        };
        return keys.stream().sorted(Comparator.comparing(rank).thenComparing(Comparator.naturalOrder())).toList();
    }

    static List<String> tallyHeaders(String first) {
        return List.of(first, I18n.t("reportFigure.contracts"), ReportLabels.inWan(I18n.t("reportFigure.contractAmount")),
                ReportLabels.inWan(I18n.t("reportFigure.received")));
    }

    private static List<String> valueHeaders() {
        return List.of(I18n.t("reportExport.col.item"), I18n.t("reportExport.col.value"));
    }

    static Row tally(String label, Tally t, boolean strong) {
        return new Row(List.of(label, t.contracts(), new Wan(t.contractAmount()), new Wan(t.received())), strong);
    }

    private static Row row(Object... cells) {
        return new Row(java.util.Arrays.asList(cells), false);
    }

    private static Object count(Integer n) {
        return n == null ? "—" : n;
    }
}
