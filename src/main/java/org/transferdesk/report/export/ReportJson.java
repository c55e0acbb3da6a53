package org.transferdesk.report.export;

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
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.transferdesk.deal.DealMode;
import org.transferdesk.export.AtomicFile;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.DataCheck;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ProjectRow;
import org.transferdesk.report.ReportModes;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.Tally;

/**
 * The annual report as JSON for machines (`report --format json`). The shape is a contract:
 * <pre>{@code
 * {"year": 2024,
 *  "modes": {"TRANSFER": {"contracts": 1, "contractAmount": "1500000.00", "received": "1500000.00"}, … all six},
 *  "totals": {"transferLicenseEquity": {…}, "developmentConsultingService": {…}, "all": {…}},
 *  "licenceKinds": {"EXCLUSIVE": {…}, …},
 *  "largeContracts": {"atLeast1Million": 3, "atLeast10Million": 0, "atLeast100Million": 0, "contracts": ["C1", …]},
 *  "companies": {"created": 1, "joined": 0, "equityValue": "…"},
 *  "rewards": {"cash": "…", "equity": "…", "personTimes": 2, "keyContributors": "…", "leaders": "…",
 *              "taxExempt58": "…", "taxWithheld": "…", "taxRecordedLines": 0},
 *  "results": {"disclosed": 4, "byType": {…}, "byFunding": {…}, "byDepartment": {…}},
 *  "ip": {"filed": {…}, "granted": {…}},
 *  "pilots": {"granted": 1, "ownership": 1, "longTermUse": 0, "converted": 0, "income": "…"},
 *  "people": {"sideJobs": 0, "sideJobsStarted": 0, "leaveToFound": 0, "leaveToFoundStarted": 0},
 *  "office": {"staff": 5, "technologyManagers": 3},
 *  "narrative": {"WORK_DONE": "…", …},
 *  "projects": [{…one per project list line…}],
 *  "checks": [{"check": "NOT_REGISTERED", "record": {"type": "DEAL", "id": 1, "label": "…"}, "date": …, "amount": …}],
 *  "comparison": [{"year": 2023, "totals": {…}, "rewards": {"cash": "…", "equity": "…"}, "resultsDisclosed": n,
 *                  "pilotsGranted": n}, …],
 *  "conventions": {"report.count.contractYear": "SIGNED", …}}
 * }</pre>
 * Amounts are strings in yuan with exactly two decimals: exact sums (the 万元 rounding is for the tables
 * only). Map keys are enum names (stable, not translated); unknown groups are {@code UNSPECIFIED}.
 */
public final class ReportJson {
    private static final ObjectWriter WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ReportJson() {
    }

    /** Flushes, never closes. */
    public static void write(ReportPackage report, Writer out) throws IOException {
        WRITER.writeValue(out, tree(report));
        out.flush();
    }

    /** UTF-8 without a BOM through {@link AtomicFile}. */
    public static void write(Path file, ReportPackage report) {
        AtomicFile.write(file, stream -> write(report, new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    }

    public static ObjectNode tree(ReportPackage pkg) {
        AnnualReport r = pkg.current();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("year", r.year());
        ObjectNode modes = root.putObject("modes");
        for (DealMode m : ReportModes.SIX) {
            tally(modes.putObject(m.name()), r.mode(m));
        }
        totals(root.putObject("totals"), r);
        ObjectNode kinds = root.putObject("licenceKinds");
        new TreeMap<>(r.licenceKinds()).forEach((k, t) -> tally(kinds.putObject(k), t));
        ObjectNode large = root.putObject("largeContracts");
        large.put("atLeast1Million", r.large().atLeast1Million());
        large.put("atLeast10Million", r.large().atLeast10Million());
        large.put("atLeast100Million", r.large().atLeast100Million());
        ArrayNode largeList = large.putArray("contracts");
        r.large().list().forEach(p -> largeList.add(p.contractNo()));
        ObjectNode companies = root.putObject("companies");
        companies.put("created", r.companies().created());
        companies.put("joined", r.companies().joined());
        companies.put("equityValue", money(r.companies().equityValue()));
        ObjectNode rewards = root.putObject("rewards");
        rewards.put("cash", money(r.rewards().cash()));
        rewards.put("equity", money(r.rewards().equity()));
        rewards.put("personTimes", r.rewards().personTimes());
        rewards.put("keyContributors", money(r.rewards().keyContributors()));
        rewards.put("leaders", money(r.rewards().leaders()));
        rewards.put("taxExempt58", money(r.rewards().taxExempt58()));
        rewards.put("taxWithheld", money(r.rewards().taxWithheld()));
        rewards.put("taxRecordedLines", r.rewards().taxRecordedLines());
        ObjectNode results = root.putObject("results");
        results.put("disclosed", r.results().disclosed());
        counts(results.putObject("byType"), r.results().byType());
        counts(results.putObject("byFunding"), r.results().byFunding());
        counts(results.putObject("byDepartment"), r.results().byDepartment());
        ObjectNode ip = root.putObject("ip");
        counts(ip.putObject("filed"), r.results().ipFiled());
        counts(ip.putObject("granted"), r.results().ipGranted());
        ObjectNode pilots = root.putObject("pilots");
        pilots.put("granted", r.pilots().granted());
        pilots.put("ownership", r.pilots().ownership());
        pilots.put("longTermUse", r.pilots().longTermUse());
        pilots.put("converted", r.pilots().converted());
        pilots.put("income", money(r.pilots().income()));
        ObjectNode people = root.putObject("people");
        people.put("sideJobs", r.people().sideJobs());
        people.put("sideJobsStarted", r.people().sideJobsStarted());
        people.put("leaveToFound", r.people().leaveToFound());
        people.put("leaveToFoundStarted", r.people().leaveToFoundStarted());
        ObjectNode office = root.putObject("office");
        office.put("staff", pkg.text().officeStaff());
        office.put("technologyManagers", pkg.text().technologyManagers());
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
        return root;
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

    private static void counts(ObjectNode o, Map<String, Integer> counts) {
        new TreeMap<>(counts).forEach(o::put);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
