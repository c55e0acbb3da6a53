package org.transferdesk.report.export;

import org.transferdesk.audit.AuditAnchors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.common.Percent;
import org.transferdesk.export.AtomicFile;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.DataCheck;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ProjectRow;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.ReportTables;
import org.transferdesk.report.Tally;

/**
 * The annual report as JSON for machines (`report --format json`), its figures written from {@link ReportTables}
 * at their paths. The shape is a contract (keys are only ever added):
 * <pre>{@code
 * {"year": 2024,
 *  "modes": {"TRANSFER": {"contracts": 1, "contractAmount": "1500000.00", "received": "1500000.00"}, … all six},
 *  "totals": {"transferLicenseEquity": {…}, "developmentConsultingService": {…}, "all": {…}},
 *  "licenceKinds": {"EXCLUSIVE": {…}, …},
 *  "largeContracts": {"atLeast1Million": 3, "atLeast10Million": 0, "atLeast100Million": 0, "contracts": ["C1", …],
 *                     "atLeast1MillionAmount": "…", "atLeast10MillionAmount": "…", "atLeast100MillionAmount": "…",
 *                     "shareOfContracts": "1.000000", "shareOfValue": "1.000000"},
 *  "averages": {"TRANSFER": "…", "LICENSE": "…", "EQUITY": "…", "transferLicenseEquity": "…"},
 *  "fiscalFunded": {"contracts": 1, "contractAmount": "…"},
 *  "counterparties": {"byIndustry": {"C": {"contracts": 1, "contractAmount": "…"}, …}, "byRegion": {"BEIJING": {…}, …},
 *                     "local": {"contracts": 1, "contractAmount": "…"}},
 *  "companies": {"created": 1, "joined": 0, "equityValue": "…"},
 *  "jointInstitutions": {"count": 1, "byKind": {"JOINT_RD": 1, …},
 *                        "list": [{"name": "…", "partner": "…", "kind": "JOINT_RD", "foundedYear": 2022}]},
 *  "rewards": {"cash": "…", "equity": "…", "cashAndEquity": "…", "tech": "…", "personTimes": 2,
 *              "keyContributors": "…", "leaders": "…", "taxExempt58": "…", "taxWithheld": "…",
 *              "taxRecordedLines": 0, "patentGrantBonus": "…"},
 *  "incomeDistribution": {"net": "…", "pool": "…", "universityPart": "…", "university": "…", "school": "…",
 *                         "transferOffice": "…"},
 *  "results": {"disclosed": 4, "byType": {…}, "byFunding": {…}, "byDepartment": {…}},
 *  "ip": {"filed": {…}, "granted": {…}},
 *  "pilots": {"granted": 1, "ownership": 1, "longTermUse": 0, "converted": 0, "income": "…"},
 *  "people": {"sideJobs": 0, "sideJobsStarted": 0, "leaveToFound": 0, "leaveToFoundStarted": 0},
 *  "office": {"staff": 5, "technologyManagers": 3, "transferOffice": true, "fullTimeStaff": 2},
 *  "narrative": {"WORK_DONE": "…", …},
 *  "projects": [{…one per project list line…}],
 *  "checks": [{"check": "NOT_REGISTERED", "record": {"type": "DEAL", "id": 1, "label": "…"}, "date": …, "amount": …}],
 *  "comparison": [{"year": 2023, "totals": {…}, "rewards": {"cash": "…", "equity": "…"}, "resultsDisclosed": n,
 *                  "pilotsGranted": n}, …],
 *  "conventions": {"report.count.contractYear": "SIGNED", …},
 *  "figures": [{"path": "modes.TRANSFER.contracts", "table": "…", "row": "转让", "column": "项数", "label": "转让 · 项数"}, …]}
 * }</pre>
 * Amounts are strings in yuan with exactly two decimals: exact sums (the 万元 rounding is for the tables
 * only); shares are fractions as strings with six decimals; yes/no as booleans; null is a figure without a value
 * (an average without contracts, a share of nothing) or one the records cannot give (counterparties.local while
 * the unit's province is not set for the year). Map keys
 * are enum names (stable, not translated); unknown groups are {@code UNSPECIFIED}. {@code figures} names every
 * figure in the chosen language, as the screen and the files do.
 */
public final class ReportJson {
    private static final ObjectWriter WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ReportJson() {
    }

    /** Flushes, never closes. */
    public static void write(ReportPackage report, Writer out) throws IOException {
        ObjectNode written = tree(report);
        // issue 22: the audit chain's latest place and hash when the report was made (audit verify --against)
        written.put(AuditAnchors.SEQ, report.auditAnchor().seq());
        written.put(AuditAnchors.HASH, report.auditAnchor().hash());
        WRITER.writeValue(out, written);
        out.flush();
    }

    /** UTF-8 without a BOM through {@link AtomicFile}. */
    public static void write(Path file, ReportPackage report) {
        AtomicFile.write(file, stream -> write(report, new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    }

    public static ObjectNode tree(ReportPackage pkg) {
        AnnualReport r = pkg.current();
        ReportTables model = ReportTables.of(pkg);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("year", r.year());
        // The documented objects in their order, present even when no figure falls in them (an empty map).
        for (String key : List.of("modes", "totals", "licenceKinds", "largeContracts", "averages", "fiscalFunded",
                "counterparties", "companies", "jointInstitutions", "rewards", "incomeDistribution", "results", "ip", "pilots", "people",
                "office")) {
            root.putObject(key);
        }
        for (String key : List.of("byType", "byFunding", "byDepartment")) {
            ((ObjectNode) root.get("results")).putObject(key);
        }
        for (String key : List.of("byIndustry", "byRegion")) {
            ((ObjectNode) root.get("counterparties")).putObject(key);
        }
        ((ObjectNode) root.get("ip")).putObject("filed");
        ((ObjectNode) root.get("ip")).putObject("granted");
        // Every figure of the tables at its path: the JSON says what the screen and the files say.
        model.figures().forEach((path, cell) -> put(root, path, cell));
        ArrayNode largeList = ((ObjectNode) root.get("largeContracts")).putArray("contracts");
        r.large().list().forEach(p -> largeList.add(p.contractNo()));
        ArrayNode institutions = ((ObjectNode) root.get("jointInstitutions")).putArray("list");
        r.institutions().list().forEach(i -> institutions.addObject().put("name", i.name())
                .put("partner", i.partnerName()).put("kind", i.kind().name()).put("foundedYear", i.foundedYear()));
        ObjectNode narrative = root.putObject("narrative");
        for (NarrativePart p : NarrativePart.values()) {
            narrative.put(p.name(), pkg.text().isDraft() ? "" : pkg.text().part(p));
        }
        ArrayNode projects = root.putArray("projects");
        int n = 0;
        for (ProjectRow p : r.projects()) {
            project(projects.addObject(), ++n, p);
        }
        ArrayNode checks = root.putArray("checks");
        for (DataCheck c : r.checks()) {
            ObjectNode o = checks.addObject();
            o.put("check", c.kind().name());
            ObjectNode rec = o.putObject("record");
            rec.put("type", c.record().type().name());
            rec.put("id", c.record().id());
            rec.put("label", c.record().label());
            o.put("date", date(c.date()));
            o.put("amount", money(c.amount()));
        }
        ArrayNode comparison = root.putArray("comparison");
        for (AnnualReport p : pkg.previous()) {
            ObjectNode o = comparison.addObject();
            o.put("year", p.year());
            totals(o.putObject("totals"), p);
            ObjectNode rw = o.putObject("rewards");
            rw.put("cash", money(p.rewards().cash()));
            rw.put("equity", money(p.rewards().equity()));
            o.put("resultsDisclosed", p.results().disclosed());
            o.put("pilotsGranted", p.pilots().granted());
        }
        ObjectNode conventions = root.putObject("conventions");
        r.conventions().texts().forEach(conventions::put);
        ArrayNode figures = root.putArray("figures");
        for (ReportTables.Table t : model.tables()) {
            for (ReportTables.Row row : t.rows()) {
                for (int i = 0; i < row.cells().size(); i++) {
                    ReportTables.Cell c = row.cells().get(i);
                    if (c.path() == null) {
                        continue; // a list's text (the institutions' list): written above, no figure
                    }
                    ObjectNode f = figures.addObject();
                    f.put("path", c.path());
                    f.put("table", t.title());
                    f.put("row", row.label());
                    f.put("column", t.columns().size() > 1 ? t.columns().get(i).label() : null);
                    f.put("label", c.name());
                }
            }
        }
        return root;
    }

    /**
     * Writes a figure at its path (object.key, object.group.field; a department's name may hold dots, so the
     * path has at most three parts): counts as numbers, amounts in yuan and shares as fractions as strings,
     * a figure not recorded or without a value as null.
     */
    private static void put(ObjectNode root, String path, ReportTables.Cell cell) {
        // a department's name may hold dots; the counterparties' groups are one level deeper (byRegion.BEIJING.contracts)
        String[] parts = path.split("\\.", path.startsWith("counterparties.") ? 4 : 3);
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        String key = parts[parts.length - 1];
        switch (cell.kind()) {
            case COUNT -> node.put(key, cell.value().intValueExact());
            case AMOUNT -> node.put(key, money(cell.value()));
            case SHARE -> node.put(key, cell.value().setScale(Percent.FRACTION_SCALE, RoundingMode.HALF_UP)
                    .toPlainString());
            case YES_NO -> node.put(key, cell.value().signum() != 0);
            default -> node.putNull(key);
        }
    }

    private static void project(ObjectNode o, int number, ProjectRow p) {
        o.put("number", number);
        o.put("contractNo", p.contractNo());
        o.put("resultTitles", p.resultTitles());
        o.put("resultTypes", p.resultTypes());
        o.put("ipNumbers", p.ipNumbers());
        o.put("fundings", p.fundings());
        o.put("mode", p.mode().name());
        o.put("licenseKind", p.licenseKind() == null ? null : p.licenseKind().name());
        o.put("counterparty", p.counterparty());
        o.put("creditCode", p.creditCode());
        o.put("signedOn", date(p.signedOn()));
        o.put("registrationNo", p.registrationNo());
        o.put("contractAmount", money(p.contractAmount()));
        o.put("receivedInYear", money(p.receivedInYear()));
        o.put("receivedToDate", money(p.receivedToDate()));
        o.put("equityShare", p.equityShare() == null ? null : p.equityShare().stripTrailingZeros().toPlainString());
        o.put("rewardCash", money(p.rewardCash()));
        o.put("rewardEquity", money(p.rewardEquity()));
        o.put("piloted", p.piloted());
        o.put("relatedParty", p.relatedParty());
        o.put("pricing", p.pricing() == null ? null : p.pricing().name());
        o.put("countedInYear", p.countedInYear());
    }

    private static void totals(ObjectNode totals, AnnualReport r) {
        tally(totals.putObject("transferLicenseEquity"), r.conversion());
        tally(totals.putObject("developmentConsultingService"), r.cooperation());
        tally(totals.putObject("all"), r.all());
    }

    private static void tally(ObjectNode o, Tally t) {
        o.put("contracts", t.contracts());
        o.put("contractAmount", money(t.contractAmount()));
        o.put("received", money(t.received()));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
