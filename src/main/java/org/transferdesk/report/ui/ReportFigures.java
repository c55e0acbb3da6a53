package org.transferdesk.report.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.due.RecordRef;
import org.transferdesk.due.RecordType;
import org.transferdesk.ip.IpType;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.ProjectRow;
import org.transferdesk.report.ReportModes;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.Tally;
import org.transferdesk.report.TraceLine;
import org.transferdesk.common.Money;

/**
 * The report's figures as tables for the screen (R-REPORT-PARTS (2)–(5)) and the year-over-year comparison;
 * every cell keeps its JSON path and the records behind it (R-REPORT-TRACE).
 */
public final class ReportFigures {
    private ReportFigures() {
    }

    /** A key figure of the comparison: label key, JSON path, whether an amount, how to read it. */
    private record Key(String label, String path, boolean amount, Function<AnnualReport, BigDecimal> value) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("reportFig.allContracts", "totals.all.contracts", false, r -> n(r.all().contracts())),
            new Key("reportFig.allAmount", "totals.all.contractAmount", true, r -> r.all().contractAmount()),
            new Key("reportFig.allReceived", "totals.all.received", true, r -> r.all().received()),
            new Key("reportFig.conversionContracts", "totals.transferLicenseEquity.contracts", false,
                    r -> n(r.conversion().contracts())),
            new Key("reportFig.conversionAmount", "totals.transferLicenseEquity.contractAmount", true,
                    r -> r.conversion().contractAmount()),
            new Key("reportFig.conversionReceived", "totals.transferLicenseEquity.received", true,
                    r -> r.conversion().received()),
            new Key("reportFig.cooperationContracts", "totals.developmentConsultingService.contracts", false,
                    r -> n(r.cooperation().contracts())),
            new Key("reportFig.cooperationAmount", "totals.developmentConsultingService.contractAmount", true,
                    r -> r.cooperation().contractAmount()),
            new Key("reportFig.cooperationReceived", "totals.developmentConsultingService.received", true,
                    r -> r.cooperation().received()),
            new Key("reportFig.rewardCash", "rewards.cash", true, r -> r.rewards().cash()),
            new Key("reportFig.rewardEquity", "rewards.equity", true, r -> r.rewards().equity()),
            new Key("reportFig.resultsDisclosed", "results.disclosed", false, r -> n(r.results().disclosed())),
            new Key("reportFig.pilotsGranted", "pilots.granted", false, r -> n(r.pilots().granted())));

    /** The key figures of this year and the previous ones (oldest first), with the change against last year. */
    public static FigureTable overview(ReportPackage pkg) {
        List<AnnualReport> years = pkg.years();
        List<String> columns = new ArrayList<>();
        years.forEach(r -> columns.add(I18n.t("reportCol.year", String.valueOf(r.year()))));
        columns.add(I18n.t("reportCol.change"));
        List<FigureTable.Row> rows = new ArrayList<>();
        for (Key k : KEYS) {
            List<Figure> cells = new ArrayList<>();
            for (AnnualReport r : years) {
                cells.add(k.amount() ? Figure.amount(k.path(), k.value().apply(r), r.traceOf(k.path()))
                        : Figure.count(k.path(), k.value().apply(r).longValue(), r.traceOf(k.path())));
            }
            cells.add(years.size() < 2 ? Figure.EMPTY : Figure.change(k.value().apply(years.get(years.size() - 2)),
                    k.value().apply(years.get(years.size() - 1)), k.amount()));
            rows.add(new FigureTable.Row(I18n.t(k.label()), cells));
        }
        return new FigureTable(I18n.t("reportTab.overview"), columns, rows);
    }

    /** Parts (2)–(5) as one table per subject. */
    public static List<FigureTable> sections(ReportPackage pkg) {
        AnnualReport r = pkg.current();
        return List.of(modes(r), licenceKinds(r), large(r), companies(r), results(r), ip(r), rewards(r), pilots(r),
                people(r), office(pkg));
    }

    private static List<String> tallyColumns() {
        return List.of(I18n.t("reportCol.contracts"), I18n.t("reportCol.contractAmount"),
                I18n.t("reportCol.received"));
    }

    private static FigureTable.Row tally(AnnualReport r, String label, String base, Tally t) {
        return new FigureTable.Row(label, List.of(
                Figure.count(base + ".contracts", t.contracts(), r.traceOf(base + ".contracts")),
                Figure.amount(base + ".contractAmount", t.contractAmount(), r.traceOf(base + ".contractAmount")),
                Figure.amount(base + ".received", t.received(), r.traceOf(base + ".received"))));
    }

    private static FigureTable modes(AnnualReport r) {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (DealMode m : ReportModes.SIX) {
            rows.add(tally(r, m.label(), "modes." + m.name(), r.mode(m)));
        }
        String conversion = I18n.t("reportFig.conversionTotal");
        rows.add(tally(r, conversion, "totals.transferLicenseEquity", r.conversion()));
        String cooperation = I18n.t("reportFig.cooperationTotal");
        rows.add(tally(r, cooperation, "totals.developmentConsultingService", r.cooperation()));
        String all = I18n.t("reportFig.allTotal");
        rows.add(tally(r, all, "totals.all", r.all()));
        return new FigureTable(I18n.t("reportSection.modes"), tallyColumns(), rows);
    }

    private static FigureTable licenceKinds(AnnualReport r) {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (String key : ordered(r.licenceKinds(), LicenseKind.class)) {
            rows.add(tally(r, groupLabel(LicenseKind.class, key), "licenceKinds." + key, r.licenceKinds().get(key)));
        }
        return new FigureTable(I18n.t("reportSection.licenceKinds"), tallyColumns(), rows);
    }

    /** R-REPORT-LARGE: the counts at each threshold, then the contracts themselves. */
    private static FigureTable large(AnnualReport r) {
        List<FigureTable.Row> rows = new ArrayList<>();
        BigDecimal[] limits = {r.conventions().large1(), r.conventions().large2(), r.conventions().large3()};
        int[] counts = {r.large().atLeast1Million(), r.large().atLeast10Million(), r.large().atLeast100Million()};
        String[] paths = {"largeContracts.atLeast1Million", "largeContracts.atLeast10Million",
                "largeContracts.atLeast100Million"};
        for (int i = 0; i < 3; i++) {
            List<TraceLine> lines = r.traceOf(paths[i]);
            rows.add(new FigureTable.Row(I18n.t("reportFig.largeAtLeast", Money.formatWan(limits[i])), List.of(
                    Figure.count(paths[i], counts[i], lines), Figure.amount(null, sum(lines), lines))));
        }
        for (ProjectRow p : r.large().list()) {
            TraceLine line = new TraceLine(new RecordRef(RecordType.DEAL, p.contractId(),
                    p.contractNo() + " " + p.resultTitles()), p.signedOn(), p.contractAmount());
            rows.add(new FigureTable.Row("  " + p.contractNo() + " " + p.counterparty(),
                    List.of(Figure.EMPTY, Figure.amount(null, p.contractAmount(), List.of(line)))));
        }
        return new FigureTable(I18n.t("reportSection.large"), List.of(I18n.t("reportCol.contracts"),
                I18n.t("reportCol.contractAmount")), rows);
    }

    private static List<String> valueColumn() {
        return List.of(I18n.t("reportCol.value"));
    }

    /** A row of one count; {@code labelKey} names it. */
    private static FigureTable.Row count(AnnualReport r, String labelKey, String path, long n) {
        return new FigureTable.Row(I18n.t(labelKey), List.of(Figure.count(path, n, r.traceOf(path))));
    }

    private static FigureTable.Row labelled(AnnualReport r, String label, String path, long n) {
        return new FigureTable.Row(label, List.of(Figure.count(path, n, r.traceOf(path))));
    }

    private static FigureTable.Row amount(AnnualReport r, String labelKey, String path, BigDecimal yuan) {
        return new FigureTable.Row(I18n.t(labelKey), List.of(Figure.amount(path, yuan, r.traceOf(path))));
    }

    /** A table of one value column ({@code titleKey} names it). */
    private static FigureTable values(String titleKey, FigureTable.Row... rows) {
        return new FigureTable(I18n.t(titleKey), valueColumn(), List.of(rows));
    }

    private static FigureTable companies(AnnualReport r) {
        return values("reportSection.companies",
                count(r, "reportFig.companiesCreated", "companies.created", r.companies().created()),
                count(r, "reportFig.companiesJoined", "companies.joined", r.companies().joined()),
                amount(r, "reportFig.equityValue", "companies.equityValue", r.companies().equityValue()));
    }

    private static FigureTable results(AnnualReport r) {
        List<FigureTable.Row> rows = new ArrayList<>();
        rows.add(count(r, "reportFig.resultsDisclosed", "results.disclosed", r.results().disclosed()));
        for (String key : ordered(r.results().byType(), ResultType.class)) {
            String label = I18n.t("reportFig.byType", groupLabel(ResultType.class, key));
            rows.add(labelled(r, label, "results.byType." + key, r.results().byType().get(key)));
        }
        for (String key : ordered(r.results().byFunding(), FundingSource.class)) {
            String label = I18n.t("reportFig.byFunding", groupLabel(FundingSource.class, key));
            rows.add(labelled(r, label, "results.byFunding." + key, r.results().byFunding().get(key)));
        }
        for (String key : ordered(r.results().byDepartment(), null)) {
            String name = AnnualReport.UNSPECIFIED.equals(key) ? I18n.t("report.unspecified") : key;
            String label = I18n.t("reportFig.byDepartment", name);
            rows.add(labelled(r, label, "results.byDepartment." + key, r.results().byDepartment().get(key)));
        }
        return new FigureTable(I18n.t("reportSection.results"), List.of(I18n.t("reportCol.count")), rows);
    }

    private static FigureTable ip(AnnualReport r) {
        Map<String, Integer> filed = r.results().ipFiled();
        Map<String, Integer> granted = r.results().ipGranted();
        java.util.Set<String> keys = new java.util.HashSet<>(filed.keySet());
        keys.addAll(granted.keySet());
        List<FigureTable.Row> rows = new ArrayList<>();
        for (String key : ordered(keys, IpType.class)) {
            rows.add(new FigureTable.Row(groupLabel(IpType.class, key), List.of(
                    Figure.count("ip.filed." + key, filed.getOrDefault(key, 0), r.traceOf("ip.filed." + key)),
                    Figure.count("ip.granted." + key, granted.getOrDefault(key, 0), r.traceOf("ip.granted." + key)))));
        }
        return new FigureTable(I18n.t("reportSection.ip"), List.of(I18n.t("reportCol.filed"),
                I18n.t("reportCol.granted")), rows);
    }

    private static FigureTable rewards(AnnualReport r) {
        var w = r.rewards();
        return values("reportSection.rewards",
                amount(r, "reportFig.rewardCash", "rewards.cash", w.cash()),
                amount(r, "reportFig.rewardEquity", "rewards.equity", w.equity()),
                count(r, "reportFig.personTimes", "rewards.personTimes", w.personTimes()),
                amount(r, "reportFig.keyContributors", "rewards.keyContributors", w.keyContributors()),
                amount(r, "reportFig.leaders", "rewards.leaders", w.leaders()),
                amount(r, "reportFig.taxExempt58", "rewards.taxExempt58", w.taxExempt58()),
                amount(r, "reportFig.taxWithheld", "rewards.taxWithheld", w.taxWithheld()),
                count(r, "reportFig.taxRecordedLines", "rewards.taxWithheld", w.taxRecordedLines()));
    }

    private static FigureTable pilots(AnnualReport r) {
        var p = r.pilots();
        return values("reportSection.pilots",
                count(r, "reportFig.pilotsGranted", "pilots.granted", p.granted()),
                count(r, "reportFig.pilotsOwnership", "pilots.ownership", p.ownership()),
                count(r, "reportFig.pilotsLongTermUse", "pilots.longTermUse", p.longTermUse()),
                count(r, "reportFig.pilotsConverted", "pilots.converted", p.converted()),
                amount(r, "reportFig.pilotsIncome", "pilots.income", p.income()));
    }

    private static FigureTable people(AnnualReport r) {
        var p = r.people();
        return values("reportSection.people",
                count(r, "reportFig.sideJobs", "people.sideJobs", p.sideJobs()),
                count(r, "reportFig.sideJobsStarted", "people.sideJobsStarted", p.sideJobsStarted()),
                count(r, "reportFig.leaveToFound", "people.leaveToFound", p.leaveToFound()),
                count(r, "reportFig.leaveToFoundStarted", "people.leaveToFoundStarted",
                        p.leaveToFoundStarted()));
    }

    /** The office's staff come from the text (文字部分), not from records: nothing to trace. */
    private static FigureTable office(ReportPackage pkg) {
        return new FigureTable(I18n.t("reportSection.office"), valueColumn(), List.of(
                new FigureTable.Row(I18n.t("reportText.officeStaff"), List.of(staff(pkg.text().officeStaff()))),
                new FigureTable.Row(I18n.t("reportText.technologyManagers"),
                        List.of(staff(pkg.text().technologyManagers())))));
    }

    private static Figure staff(Integer n) {
        return n == null ? Figure.EMPTY : Figure.count(null, n, List.of());
    }

    private static BigDecimal n(int count) {
        return BigDecimal.valueOf(count);
    }

    private static BigDecimal sum(List<TraceLine> lines) {
        return lines.stream().map(TraceLine::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Group keys in the enum's order (departments, {@code type} null, by name), unspecified last. */
    private static List<String> ordered(java.util.Collection<String> keys, Class<? extends Enum<?>> type) {
        List<String> names = type == null ? List.of()
                : java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        Comparator<String> byEnum = Comparator.comparingInt(k -> AnnualReport.UNSPECIFIED.equals(k) ? Integer.MAX_VALUE
                : names.contains(k) ? names.indexOf(k) : Integer.MAX_VALUE - 1);
        return keys.stream().sorted(byEnum.thenComparing(Comparator.naturalOrder())).toList();
    }

    private static List<String> ordered(Map<String, ?> map, Class<? extends Enum<?>> type) {
        return ordered(map.keySet(), type);
    }

    /** An enum group's label; the unspecified group reads 未注明. */
    static <E extends Enum<E> & Labeled> String groupLabel(Class<E> type, String key) {
        if (AnnualReport.UNSPECIFIED.equals(key)) {
            return I18n.t("report.unspecified");
        }
        try {
            return Enum.valueOf(type, key).label();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
