package org.transferdesk.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.ip.IpType;

/**
 * The annual report's tables with every figure named once (R-REPORT-PARTS, R-REPORT-MORE). The screen, the
 * workbook, the Word document and the JSON export are all built from them, so a figure reads the same wherever
 * it is shown: the outputs take the row labels, column headings and figure names from here and only choose how
 * to print a value (amounts are yuan here and 万元 in the tables). Each cell keeps the path the JSON export
 * writes it to and the records behind it (R-REPORT-TRACE).
 */
public final class ReportTables {
    /**
     * What a cell holds; {@code NOT_RECORDED} is a figure the records cannot give (yet, or for the year),
     * {@code NONE} no value; {@code YES_NO} a yes (value 1) or no (0); {@code TEXT} a list table's text (no path,
     * no figure: the register lists behind a count).
     */
    public enum Kind { COUNT, AMOUNT, SHARE, COUNT_CHANGE, AMOUNT_CHANGE, NOT_RECORDED, NONE, YES_NO, TEXT }

    /** How a column's amounts are read: no amounts, only amounts (万元 in the tables), or counts and amounts. */
    public enum Unit { NONE, WAN, MIXED }

    /** A figure column: its label (part of the figure names) and the heading the outputs print. */
    public record Column(String label, Unit unit) {
        public String heading() {
            return switch (unit) {
                case WAN -> I18n.t("reportExport.inWan", label);
                case MIXED -> I18n.t("reportExport.col.mixedWan", label);
                case NONE -> label;
            };
        }
    }

    /**
     * One figure: the JSON path it is written to (in its year for the comparison; null for a change), its name (what the trace
     * and the JSON call it), its value in yuan, as a count or as a fraction, and its records. A change holds the
     * difference in {@code value} and the relative change in {@code ratio} (null from zero).
     */
    public record Cell(String path, String name, Kind kind, BigDecimal value, BigDecimal ratio,
                       List<TraceLine> lines, String text) {
        public Cell {
            lines = List.copyOf(lines);
        }

        public Cell(String path, String name, Kind kind, BigDecimal value, BigDecimal ratio, List<TraceLine> lines) {
            this(path, name, kind, value, ratio, lines, null);
        }
    }

    /** A labelled line; a strong line (subtotal, total) prints bold. */
    public record Row(String label, List<Cell> cells, boolean strong) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A table of part {@code part} (1–5): {@code id} is stable (not translated), {@code rowHeader} heads the
     * label column.
     */
    public record Table(String id, int part, String title, String rowHeader, List<Column> columns,
                        List<Row> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public List<Cell> cells() {
            return rows.stream().flatMap(r -> r.cells().stream()).toList();
        }
    }

    private static final String SEP = " · ";
    /** The key figures compared with earlier years, by their paths. */
    static final List<String> COMPARED = List.of(
            "totals.transferLicenseEquity.contracts", "totals.transferLicenseEquity.contractAmount",
            "totals.transferLicenseEquity.received", "totals.developmentConsultingService.contracts",
            "totals.developmentConsultingService.contractAmount", "totals.developmentConsultingService.received",
            "totals.all.contracts", "totals.all.contractAmount", "totals.all.received", "rewards.cash",
            "rewards.equity", "results.disclosed", "pilots.granted");

    private final List<Table> tables;
    private final Table comparison;
    private final Map<String, Cell> byPath;

    private ReportTables(List<Table> tables, Table comparison) {
        this.tables = List.copyOf(tables);
        this.comparison = comparison;
        Map<String, Cell> paths = new LinkedHashMap<>();
        tables.forEach(t -> t.cells().stream().filter(c -> c.path() != null).forEach(c -> paths.put(c.path(), c)));
        this.byPath = paths;
    }

    /** The tables of the package's year, in the user's language, and the comparison with the earlier years. */
    public static ReportTables of(ReportPackage pkg) {
        List<Table> current = tables(pkg.current(), pkg.text());
        List<AnnualReport> years = pkg.years();
        List<Map<String, Cell>> cells = new ArrayList<>();
        for (AnnualReport y : years) {
            List<Table> t = y == pkg.current() ? current : tables(y, null);
            Map<String, Cell> m = new HashMap<>();
            t.forEach(table -> table.cells().stream().filter(c -> c.path() != null).forEach(c -> m.put(c.path(), c)));
            cells.add(m);
        }
        return new ReportTables(current, comparison(years, cells));
    }

    /** Parts (1)–(5), in order. */
    public List<Table> tables() {
        return tables;
    }

    public List<Table> part(int part) {
        return tables.stream().filter(t -> t.part() == part).toList();
    }

    public Table table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no report table " + id));
    }

    /** This year and the earlier ones (oldest first) with the change against last year. */
    public Table comparison() {
        return comparison;
    }

    /** Every figure of the tables by its JSON path, in table order. */
    public Map<String, Cell> figures() {
        return java.util.Collections.unmodifiableMap(byPath);
    }

    /** The name of the figure at {@code path}; the path itself for one no table shows. */
    public String nameOf(String path) {
        Cell c = byPath.get(path);
        return c == null ? path : c.name();
    }

    // ---- the tables of one year ----

    private static List<Table> tables(AnnualReport r, ReportText text) {
        List<Table> t = new ArrayList<>();
        t.add(office(r, text));
        t.add(disclosed(r));
        Map<String, Integer> byType = r.results().byType();
        t.add(groups(r, "byType", "reportFigure.byType", byType, ordered(byType.keySet(), ResultType.class),
                k -> labelOf(ResultType.class, k)));
        Map<String, Integer> byFunding = r.results().byFunding();
        t.add(groups(r, "byFunding", "reportFigure.byFunding", byFunding,
                ordered(byFunding.keySet(), FundingSource.class), k -> labelOf(FundingSource.class, k)));
        Map<String, Integer> byDepartment = r.results().byDepartment();
        // departments by name, the unnamed group last
        t.add(groups(r, "byDepartment", "reportFigure.byDepartment", byDepartment,
                ordered(byDepartment.keySet(), null), k -> labelOf(null, k)));
        t.add(ip(r));
        t.add(modes(r, "conversion", 3, "reportExport.conversionTable", ReportModes.CONVERSION,
                "totals.transferLicenseEquity", r.conversion(), "reportFigure.conversion", false));
        t.add(averages(r));
        t.add(licenceKinds(r));
        t.add(large(r));
        t.add(fiscalFunded(r));
        t.add(counterpartyGroups(r, "byIndustry", "reportFigure.byIndustry", "reportExport.col.industry",
                r.counterparties().byIndustry(), IndustrySection.class));
        t.add(counterpartyGroups(r, "byRegion", "reportFigure.byRegion", "reportExport.col.province",
                r.counterparties().byRegion(), Province.class));
        t.add(counterparties(r));
        t.add(companies(r));
        t.add(modes(r, "cooperation", 4, "reportExport.cooperationTable", ReportModes.COOPERATION,
                "totals.developmentConsultingService", r.cooperation(), "reportFigure.cooperation", true));
        t.add(people(r));
        t.add(jointInstitutions(r));
        t.add(institutionList(r));
        t.add(rewards(r));
        t.add(incomeDistribution(r));
        t.add(pilots(r));
        return t;
    }

    private static Column column(String key, Unit unit) {
        return new Column(I18n.t(key), unit);
    }

    private static List<Column> tallyColumns() {
        return List.of(column("reportFigure.contracts", Unit.NONE), column("reportFigure.contractAmount", Unit.WAN),
                column("reportFigure.received", Unit.WAN));
    }

    private static Cell count(String path, String name, Integer n, List<TraceLine> lines) {
        return n == null ? none(path, name) : new Cell(path, name, Kind.COUNT, BigDecimal.valueOf(n), null, lines);
    }

    private static Cell amount(String path, String name, BigDecimal yuan, List<TraceLine> lines) {
        return yuan == null ? none(path, name) : new Cell(path, name, Kind.AMOUNT, yuan, null, lines);
    }

    private static Cell share(String path, String name, Percent share, List<TraceLine> lines) {
        return share == null ? none(path, name) : new Cell(path, name, Kind.SHARE, share.fraction(), null, lines);
    }

    private static Cell none(String path, String name) {
        return new Cell(path, name, Kind.NONE, null, null, List.of());
    }

    /** A slot for a figure whose records do not exist yet: shown as not recorded, never made up. */
    private static Cell notRecorded(String path, String name) {
        return new Cell(path, name, Kind.NOT_RECORDED, null, null, List.of());
    }

    private static Row tally(AnnualReport r, String label, String base, Tally t, List<Column> columns,
                             boolean strong) {
        return new Row(label, List.of(
                count(base + ".contracts", label + SEP + columns.get(0).label(), t.contracts(),
                        r.traceOf(base + ".contracts")),
                amount(base + ".contractAmount", label + SEP + columns.get(1).label(), t.contractAmount(),
                        r.traceOf(base + ".contractAmount")),
                amount(base + ".received", label + SEP + columns.get(2).label(), t.received(),
                        r.traceOf(base + ".received"))), strong);
    }

    /** A one-column table of single figures: the row label names the figure. */
    private static Table values(String id, int part, String titleKey, Unit unit, List<Row> rows) {
        return new Table(id, part, I18n.t(titleKey), I18n.t("reportExport.col.item"),
                List.of(column("reportExport.col.value", unit)), rows);
    }

    private static Row countRow(AnnualReport r, String labelKey, String path, Integer n, String tracePath) {
        String label = I18n.t(labelKey);
        return new Row(label, List.of(count(path, label, n, r == null ? List.of() : r.traceOf(tracePath))), false);
    }

    private static Row countRow(AnnualReport r, String labelKey, String path, int n) {
        return countRow(r, labelKey, path, n, path);
    }

    private static Row amountRow(AnnualReport r, String labelKey, String path, BigDecimal yuan) {
        String label = I18n.t(labelKey);
        return new Row(label, List.of(amount(path, label, yuan, r.traceOf(path))), false);
    }

    private static Row notRecordedRow(String labelKey, String path) {
        String label = I18n.t(labelKey);
        return new Row(label, List.of(notRecorded(path, label)), false);
    }

    /**
     * Part (1): the office's staff as typed in the text, and (R-REPORT-MORE) whether the unit has a
     * technology-transfer office (full-time staff in the year,
     * RegisterCounter#office) and its full-time conversion staff, counted from people records (TTO_STAFF).
     */
    private static Table office(AnnualReport r, ReportText text) {
        String hasOffice = I18n.t("reportFigure.transferOffice");
        return values("office", 1, "reportExport.office", Unit.NONE, List.of(
                countRow(null, "reportExport.officeStaff", "office.staff", text == null ? null : text.officeStaff(),
                        null),
                countRow(null, "reportExport.technologyManagers", "office.technologyManagers",
                        text == null ? null : text.technologyManagers(), null),
                new Row(hasOffice, List.of(new Cell("office.transferOffice", hasOffice, Kind.YES_NO,
                        r.office().transferOffice() ? BigDecimal.ONE : BigDecimal.ZERO, null,
                        r.traceOf("office.transferOffice"))), false),
                countRow(r, "reportFigure.fullTimeStaff", "office.fullTimeStaff", r.office().fullTimeStaff())));
    }

    private static Table disclosed(AnnualReport r) {
        return values("disclosed", 2, "reportFigure.resultsDisclosed", Unit.NONE,
                List.of(countRow(r, "reportFigure.resultsDisclosed", "results.disclosed", r.results().disclosed())));
    }

    /** Results by type, funding source or department: the figure's name says which breakdown it belongs to. */
    private static Table groups(AnnualReport r, String id, String titleKey, Map<String, Integer> counts,
                                List<String> keys, Function<String, String> labels) {
        String title = I18n.t(titleKey);
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            String label = labels.apply(key);
            String path = "results." + id + "." + key;
            rows.add(new Row(label, List.of(count(path, title + SEP + label, counts.get(key), r.traceOf(path))),
                    false));
        }
        return new Table(id, 2, title, I18n.t("reportExport.col.item"),
                List.of(column("reportExport.col.value", Unit.NONE)), rows);
    }

    private static Table ip(AnnualReport r) {
        Map<String, Integer> filed = r.results().ipFiled();
        Map<String, Integer> granted = r.results().ipGranted();
        TreeSet<String> keys = new TreeSet<>(filed.keySet());
        keys.addAll(granted.keySet());
        List<Column> columns = List.of(column("reportFigure.ipFiled", Unit.NONE),
                column("reportFigure.ipGranted", Unit.NONE));
        List<Row> rows = new ArrayList<>();
        for (String k : ordered(keys, IpType.class)) {
            String label = labelOf(IpType.class, k);
            rows.add(new Row(label, List.of(
                    count("ip.filed." + k, label + SEP + columns.get(0).label(), filed.getOrDefault(k, 0),
                            r.traceOf("ip.filed." + k)),
                    count("ip.granted." + k, label + SEP + columns.get(1).label(), granted.getOrDefault(k, 0),
                            r.traceOf("ip.granted." + k))), false));
        }
        return new Table("ip", 2, I18n.t("reportExport.ip"), I18n.t("reportExport.col.ipType"), columns, rows);
    }

    /** Parts (3) and (4): one line per mode, the group's subtotal and (part 4) the all-six total. */
    private static Table modes(AnnualReport r, String id, int part, String titleKey, List<DealMode> modes,
                               String base, Tally subtotal, String subtotalKey, boolean withAll) {
        List<Column> columns = tallyColumns();
        List<Row> rows = new ArrayList<>();
        for (DealMode m : modes) {
            rows.add(tally(r, m.label(), "modes." + m.name(), r.mode(m), columns, false));
        }
        rows.add(tally(r, I18n.t(subtotalKey), base, subtotal, columns, true));
        if (withAll) {
            String all = I18n.t("reportFigure.all");
            rows.add(tally(r, all, "totals.all", r.all(), columns, true));
        }
        return new Table(id, part, I18n.t(titleKey), I18n.t("reportExport.col.mode"), columns, rows);
    }

    /** R-REPORT-MORE 均价: per mode and for the three modes, from the exact yuan sums (Tally#average). */
    private static Table averages(AnnualReport r) {
        Column average = column("reportFigure.average", Unit.WAN);
        List<Row> rows = new ArrayList<>();
        for (DealMode m : ReportModes.CONVERSION) {
            String label = m.label();
            rows.add(new Row(label, List.of(amount("averages." + m.name(), label + SEP + average.label(),
                    r.mode(m).average(), r.traceOf("modes." + m.name() + ".contractAmount"))), false));
        }
        String subtotal = I18n.t("reportFigure.conversion");
        rows.add(new Row(subtotal, List.of(amount("averages.transferLicenseEquity", subtotal + SEP + average.label(),
                r.conversion().average(), r.traceOf("totals.transferLicenseEquity.contractAmount"))), true));
        return new Table("averages", 3, I18n.t("reportExport.averages"), I18n.t("reportExport.col.mode"),
                List.of(average), rows);
    }

    private static Table licenceKinds(AnnualReport r) {
        String title = I18n.t("reportFigure.licenceKinds");
        List<Column> columns = tallyColumns();
        List<Row> rows = new ArrayList<>();
        for (String key : ordered(r.licenceKinds().keySet(), LicenseKind.class)) {
            Row row = tally(r, labelOf(LicenseKind.class, key), "licenceKinds." + key, r.licenceKinds().get(key),
                    columns, false);
            // a licence kind's figures say they are a licence kind's: 许可方式 · 独占 · 项数
            rows.add(new Row(row.label(), row.cells().stream().map(c -> new Cell(c.path(), title + SEP + c.name(),
                    c.kind(), c.value(), c.ratio(), c.lines())).toList(), false));
        }
        return new Table("licenceKinds", 3, title, I18n.t("reportExport.col.licenceKind"), columns, rows);
    }

    /** A large-contract threshold in 万元 without needless decimals: 合同金额100万元及以上的合同. */
    public static String threshold(BigDecimal yuan) {
        return I18n.t("reportFigure.large", wan(yuan));
    }

    private static String wan(BigDecimal yuan) {
        return Money.toWan(yuan).stripTrailingZeros().toPlainString();
    }

    /**
     * R-REPORT-LARGE: the count and amount at each threshold; R-REPORT-MORE: the share at the first threshold of
     * the year's transfer/licence/equity contracts by number and by value, traced to those contracts.
     */
    private static Table large(AnnualReport r) {
        List<Column> columns = List.of(column("reportFigure.contracts", Unit.NONE),
                column("reportFigure.contractAmount", Unit.WAN));
        LargeContracts l = r.large();
        BigDecimal[] limits = {r.conventions().large1(), r.conventions().large2(), r.conventions().large3()};
        int[] counts = {l.atLeast1Million(), l.atLeast10Million(), l.atLeast100Million()};
        BigDecimal[] amounts = {l.atLeast1MillionAmount(), l.atLeast10MillionAmount(), l.atLeast100MillionAmount()};
        String[] paths = {"largeContracts.atLeast1Million", "largeContracts.atLeast10Million",
                "largeContracts.atLeast100Million"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String label = threshold(limits[i]);
            List<TraceLine> lines = r.traceOf(paths[i]);
            rows.add(new Row(label, List.of(count(paths[i], label + SEP + columns.get(0).label(), counts[i], lines),
                    amount(paths[i] + "Amount", label + SEP + columns.get(1).label(), amounts[i], lines)), false));
        }
        String label = I18n.t("reportFigure.largeShare", wan(limits[0]));
        rows.add(new Row(label, List.of(
                share("largeContracts.shareOfContracts", label + SEP + columns.get(0).label(), l.contractShare(),
                        r.traceOf("totals.transferLicenseEquity.contracts")),
                share("largeContracts.shareOfValue", label + SEP + columns.get(1).label(), l.valueShare(),
                        r.traceOf("totals.transferLicenseEquity.contractAmount"))), false));
        return new Table("large", 3, I18n.t("reportExport.large"), I18n.t("reportExport.col.item"), columns, rows);
    }

    /** R-REPORT-MORE: fiscal-funded projects whose results were converted (transfer, licence, equity). */
    private static Table fiscalFunded(AnnualReport r) {
        List<Column> columns = List.of(column("reportFigure.contracts", Unit.NONE),
                column("reportFigure.contractAmount", Unit.WAN));
        String label = I18n.t("reportFigure.fiscalFunded");
        Row row = new Row(label, List.of(
                count("fiscalFunded.contracts", label + SEP + columns.get(0).label(), r.fiscalFunded().contracts(),
                        r.traceOf("fiscalFunded.contracts")),
                amount("fiscalFunded.contractAmount", label + SEP + columns.get(1).label(),
                        r.fiscalFunded().contractAmount(), r.traceOf("fiscalFunded.contractAmount"))), false);
        return new Table("fiscalFunded", 3, I18n.t("reportExport.fiscalFunded"), I18n.t("reportExport.col.item"),
                columns, List.of(row));
    }

    /**
     * R-REPORT-MORE: the year's transfer, licence and equity contracts by the counterparty's section or province
     * (the groups met, in the enum's order, 未注明 last); each figure names its breakdown.
     */
    private static Table counterpartyGroups(AnnualReport r, String id, String titleKey, String headerKey,
                                            Map<String, Tally> groups, Class<? extends Enum<?>> type) {
        String title = I18n.t(titleKey);
        List<Column> columns = List.of(column("reportFigure.contracts", Unit.NONE),
                column("reportFigure.contractAmount", Unit.WAN));
        List<Row> rows = new ArrayList<>();
        for (String key : ordered(groups.keySet(), type)) {
            @SuppressWarnings("unchecked")
            String label = labelOf((Class<? extends Labeled>) (Class<?>) type, key);
            String base = "counterparties." + id + "." + key;
            Tally t = groups.get(key);
            rows.add(new Row(label, List.of(
                    count(base + ".contracts", title + SEP + label + SEP + columns.get(0).label(), t.contracts(),
                            r.traceOf(base + ".contracts")),
                    amount(base + ".contractAmount", title + SEP + label + SEP + columns.get(1).label(),
                            t.contractAmount(), r.traceOf(base + ".contractAmount"))), false));
        }
        return new Table(id, 3, title, I18n.t(headerKey), columns, rows);
    }

    /** R-REPORT-MORE 本地转化: not recorded while the unit's province is not set for the year (a data check says so). */
    private static Table counterparties(AnnualReport r) {
        Tally local = r.counterparties().local();
        List<Row> rows = local == null ? List.of(notRecordedRow("reportFigure.localConversion", "counterparties.local"))
                : List.of(countRow(r, "reportFigure.localContracts", "counterparties.local.contracts", local.contracts()),
                amountRow(r, "reportFigure.localAmount", "counterparties.local.contractAmount",
                        local.contractAmount()));
        return values("counterparties", 3, "reportExport.counterparties", Unit.MIXED, rows);
    }

    private static Table companies(AnnualReport r) {
        return values("companies", 3, "reportExport.companies", Unit.MIXED, List.of(
                countRow(r, "reportFigure.companiesCreated", "companies.created", r.companies().created()),
                countRow(r, "reportFigure.companiesJoined", "companies.joined", r.companies().joined()),
                amountRow(r, "reportFigure.equityValue", "companies.equityValue", r.companies().equityValue())));
    }

    private static Table people(AnnualReport r) {
        PeopleFigures p = r.people();
        return values("people", 4, "reportExport.people", Unit.NONE, List.of(
                countRow(r, "reportFigure.sideJobs", "people.sideJobs", p.sideJobs()),
                countRow(r, "reportFigure.sideJobsStarted", "people.sideJobsStarted", p.sideJobsStarted()),
                countRow(r, "reportFigure.leaveToFound", "people.leaveToFound", p.leaveToFound()),
                countRow(r, "reportFigure.leaveToFoundStarted", "people.leaveToFoundStarted",
                        p.leaveToFoundStarted())));
    }

    /** R-REPORT-MORE: the register's institutions built jointly with companies active in the year, by kind. */
    private static Table jointInstitutions(AnnualReport r) {
        List<Row> rows = new ArrayList<>();
        rows.add(countRow(r, "reportFigure.jointInstitutions", "jointInstitutions.count", r.institutions().count()));
        for (InstitutionKind k : InstitutionKind.values()) {
            String label = I18n.t("reportFigure.ofWhich", k.label());
            String path = "jointInstitutions.byKind." + k.name();
            rows.add(new Row(label, List.of(count(path, label, r.institutions().count(k), r.traceOf(path))), false));
        }
        return values("jointInstitutions", 4, "reportExport.jointInstitutions", Unit.NONE, rows);
    }

    /**
     * R-REPORT-PARTS (4): the list behind the count (name, partner, kind, year founded) — text, not figures: the
     * JSON writes it as {@code jointInstitutions.list}.
     */
    private static Table institutionList(AnnualReport r) {
        List<Column> columns = List.of(column("reportExport.col.partner", Unit.NONE),
                column("reportExport.col.institutionKind", Unit.NONE),
                column("reportExport.col.foundedYear", Unit.NONE));
        List<Row> rows = new ArrayList<>();
        for (JointInstitution i : r.institutions().list()) {
            List<TraceLine> line = List.of(new TraceLine(RegisterCounter.ref(i), null, null));
            rows.add(new Row(i.name(), List.of(text(i.partnerName(), line), text(i.kind().label(), line),
                    text(Integer.toString(i.foundedYear()), line)), false));
        }
        return new Table("institutionList", 4, I18n.t("reportExport.institutionList"),
                I18n.t("reportExport.col.institution"), columns, rows);
    }

    private static Cell text(String text, List<TraceLine> lines) {
        return new Cell(null, text == null ? "" : text, Kind.TEXT, null, null, lines, text == null ? "" : text);
    }

    /**
     * Part (5), R-UNIT-SPLIT: the net income the year's cash distributions shared out, the team's pool and the
     * university's part with its lines (学校 holds what is not split off).
     */
    private static Table incomeDistribution(AnnualReport r) {
        IncomeDistribution d = r.incomeDistribution();
        return values("incomeDistribution", 5, "reportExport.incomeDistribution", Unit.WAN, List.of(
                amountRow(r, "reportFigure.distributedNet", "incomeDistribution.net", d.net()),
                amountRow(r, "reportFigure.distributedPool", "incomeDistribution.pool", d.pool()),
                amountRow(r, "reportFigure.universityPart", "incomeDistribution.universityPart", d.universityPart()),
                amountRow(r, "reportFigure.partUniversity", "incomeDistribution.university", d.university()),
                amountRow(r, "reportFigure.partSchool", "incomeDistribution.school", d.school()),
                amountRow(r, "reportFigure.partTransferOffice", "incomeDistribution.transferOffice",
                        d.transferOffice())));
    }

    /**
     * Part (5). The development/consulting/service line reads 其中 when the convention puts it in the totals
     * and 另 when it does not (R-45-TECH); grant bonuses are only an informative line (R-BONUS).
     */
    private static Table rewards(AnnualReport r) {
        RewardFigures w = r.rewards();
        return values("rewards", 5, "reportExport.rewards", Unit.MIXED, List.of(
                amountRow(r, "reportFigure.rewardsCash", "rewards.cash", w.cash()),
                amountRow(r, "reportFigure.rewardsEquity", "rewards.equity", w.equity()),
                amountRow(r, "reportFigure.rewardsCashAndEquity", "rewards.cashAndEquity", w.cashAndEquity()),
                amountRow(r, w.techIncluded() ? "reportFigure.techRewardsIncluded" : "reportFigure.techRewardsApart",
                        "rewards.tech", w.tech()),
                countRow(r, "reportFigure.personTimes", "rewards.personTimes", w.personTimes()),
                amountRow(r, "reportFigure.keyContributors", "rewards.keyContributors", w.keyContributors()),
                amountRow(r, "reportFigure.leaders", "rewards.leaders", w.leaders()),
                amountRow(r, "reportFigure.taxExempt58", "rewards.taxExempt58", w.taxExempt58()),
                amountRow(r, "reportFigure.taxWithheld", "rewards.taxWithheld", w.taxWithheld()),
                countRow(r, "reportFigure.taxRecordedLines", "rewards.taxRecordedLines", w.taxRecordedLines(),
                        "rewards.taxWithheld"),
                amountRow(r, "reportFigure.patentGrantBonus", "rewards.patentGrantBonus", w.patentGrantBonus())));
    }

    private static Table pilots(AnnualReport r) {
        PilotFigures p = r.pilots();
        return values("pilots", 5, "reportExport.pilots", Unit.MIXED, List.of(
                countRow(r, "reportFigure.pilotsGranted", "pilots.granted", p.granted()),
                countRow(r, "reportFigure.pilotsOwnership", "pilots.ownership", p.ownership()),
                countRow(r, "reportFigure.pilotsLongTermUse", "pilots.longTermUse", p.longTermUse()),
                countRow(r, "reportFigure.pilotsConverted", "pilots.converted", p.converted()),
                amountRow(r, "reportFigure.pilotsIncome", "pilots.income", p.income())));
    }

    /**
     * The key figures by year with the change against last year (computed on the exact values). A row is the
     * figure's name, with the unit for amounts since the columns are years.
     */
    private static Table comparison(List<AnnualReport> years, List<Map<String, Cell>> cells) {
        List<Column> columns = new ArrayList<>();
        years.forEach(y -> columns.add(new Column(I18n.t("reportExport.col.year", String.valueOf(y.year())),
                Unit.NONE)));
        columns.add(column("reportExport.col.change", Unit.NONE));
        List<Row> rows = new ArrayList<>();
        Map<String, Cell> now = cells.get(cells.size() - 1);
        for (String path : COMPARED) {
            Cell current = now.get(path);
            boolean money = current.kind() == Kind.AMOUNT;
            String label = money ? I18n.t("reportExport.inWan", current.name()) : current.name();
            List<Cell> row = new ArrayList<>();
            for (Map<String, Cell> year : cells) {
                Cell c = year.get(path);
                row.add(new Cell(path, current.name(), c.kind(), c.value(), null, c.lines()));
            }
            row.add(change(current.name(), money, cells.size() < 2 ? null : cells.get(cells.size() - 2).get(path),
                    current));
            rows.add(new Row(label, row, false));
        }
        return new Table("comparison", 0, I18n.t("reportExport.sheet.comparison"),
                I18n.t("reportExport.col.indicator"), columns, rows);
    }

    private static Cell change(String name, boolean money, Cell before, Cell now) {
        if (before == null) {
            return none(null, name);
        }
        return new Cell(null, name, money ? Kind.AMOUNT_CHANGE : Kind.COUNT_CHANGE,
                now.value().subtract(before.value()), Percent.change(now.value(), before.value(), 4), List.of());
    }

    /** Keys in the enum's order (departments, {@code type} null, by name), unknown names next, unspecified last. */
    static List<String> ordered(java.util.Collection<String> keys, Class<? extends Enum<?>> type) {
        List<String> names = type == null ? List.of()
                : Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        Function<String, Integer> rank = k -> AnnualReport.UNSPECIFIED.equals(k) ? Integer.MAX_VALUE
                : names.contains(k) ? names.indexOf(k) : Integer.MAX_VALUE - 1;
        return keys.stream().sorted(Comparator.comparing(rank).thenComparing(Comparator.naturalOrder())).toList();
    }

    /** A group's label: the enum constant's, the department's name, or 未注明. */
    public static String labelOf(Class<? extends Labeled> type, String key) {
        if (key == null || key.isBlank() || AnnualReport.UNSPECIFIED.equals(key)) {
            return I18n.t("reportExport.unspecified");
        }
        if (type == null) {
            return key;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> ((Enum<?>) e).name().equals(key)).findFirst()
                .map(Labeled::label).orElse(key);
    }
}
