package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.DealMode;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.reward.NonProfitStatus;

/**
 * The annual report's aggregation (R-REPORT-PARTS, R-REPORT-COUNT): a pure function of the records, one
 * calendar year and the counting conventions. Classified results (R-REPORT-WHO) are left out, and so are
 * contracts whose linked results are all classified.
 */
public final class AnnualReports {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private AnnualReports() {
    }

    /** The year's figures with the data's one non-profit status for every payment (a unit that never changed). */
    public static AnnualReport build(ReportData data, int year, ReportConventions conventions) {
        return build(data, year, conventions, NonProfitStatus.always(data.nonProfitUnit()));
    }

    /** {@code nonProfit}: R-TAX58 condition 1 by payment day (the unit's dated setting). */
    public static AnnualReport build(ReportData data, int year, ReportConventions conventions,
                                     NonProfitStatus nonProfit) {
        return build(data, ReportYearSpan.of(year), conventions, nonProfit);
    }

    /** The year's figures counting only what is dated up to {@code cutoff} (a year so far, or the same period). */
    public static AnnualReport buildUpTo(ReportData data, int year, LocalDate cutoff, ReportConventions conventions) {
        return buildUpTo(data, year, cutoff, conventions, NonProfitStatus.always(data.nonProfitUnit()));
    }

    public static AnnualReport buildUpTo(ReportData data, int year, LocalDate cutoff, ReportConventions conventions,
                                         NonProfitStatus nonProfit) {
        return build(data, ReportYearSpan.upTo(year, cutoff), conventions, nonProfit);
    }

    /**
     * Part (5)'s figures of {@code year} alone, from reward lines that include the year's (counted as {@link #build}
     * counts them; {@code classified}: the contracts R-REPORT-WHO leaves out).
     */
    public static RewardFigures rewards(List<ReportRewardLine> lines, int year, ReportConventions conventions,
                                        Set<Long> classified, NonProfitStatus nonProfit) {
        return new RewardCounter(ReportYearSpan.of(year), conventions, new TraceBook(), classified, nonProfit)
                .count(lines);
    }

    private static AnnualReport build(ReportData data, ReportYearSpan span, ReportConventions conventions,
                                      NonProfitStatus nonProfit) {
        int year = span.year();
        TraceBook trace = new TraceBook();
        Map<Long, ReportResult> results = data.results().stream()
                .collect(Collectors.toMap(ReportResult::id, Function.identity(), (a, b) -> a));
        Set<Long> classified = classified(data.contracts(), results);

        ContractCounter contracts = new ContractCounter(span, conventions, trace, classified);
        contracts.countContracts(data.contracts());
        contracts.countReceipts(data.receipts());
        ContractCounter.Large counted = contracts.large();
        int[] large = counted.counts();
        CompanyFigures companies = contracts.companies();
        FiscalFunded fiscal = contracts.fiscalFunded(results);

        RewardCounter rewards = new RewardCounter(span, conventions, trace, classified, nonProfit);
        RewardFigures rewardFigures = rewards.count(data.rewardLines());

        Map<Long, LocalDate> grantedResults = new HashMap<>();
        PilotFigures pilots = pilots(data, span, conventions, trace, contracts, grantedResults);
        List<ProjectRow> projects = projects(contracts, rewards, results, grantedResults, span);
        List<ProjectRow> largeList = projects.stream()
                .filter(p -> p.countedInYear() && contracts.isLarge(contracts.byId.get(p.contractId()))).toList();

        CounterpartyFigures counterparties = RegisterCounter.counterparties(contracts, data.parties(),
                data.unitProvinces().get(year), trace);
        InstitutionFigures institutions = RegisterCounter.institutions(data.institutions(), year, trace);
        OfficeFigures office = RegisterCounter.office(data.episodes(), span, trace);
        IncomeDistribution income = RegisterCounter.incomeDistribution(data.distributions(), span, conventions,
                classified, trace);

        Tally conversion = contracts.group(ReportModes.CONVERSION);
        BigDecimal[] largeAmounts = counted.amounts();
        LargeContracts largeContracts = new LargeContracts(large[0], large[1], large[2], largeAmounts[0],
                largeAmounts[1], largeAmounts[2], share(BigDecimal.valueOf(large[0]),
                BigDecimal.valueOf(conversion.contracts())), share(largeAmounts[0], conversion.contractAmount()),
                largeList);
        return new AnnualReport(year, conventions, contracts.sixModes(), conversion,
                contracts.group(ReportModes.COOPERATION), contracts.group(ReportModes.SIX),
                contracts.licenceKinds, largeContracts, companies, fiscal,
                results(data, span, results, trace), rewardFigures, pilots, people(data.episodes(), span, trace),
                projects, checks(data, span, contracts, rewards, counterparties), trace.build(), counterparties, institutions,
                office, income);
    }

    /** R-REPORT-MORE: a share of exact yuan sums (or counts), rounded once to Percent's scale; null of nothing. */
    static Percent share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : new Percent(part.divide(whole, Percent.FRACTION_SCALE, java.math.RoundingMode.HALF_UP));
    }

    /** Contracts whose linked results are all classified. */
    private static Set<Long> classified(List<ReportContract> contracts, Map<Long, ReportResult> results) {
        Set<Long> ids = new HashSet<>();
        for (ReportContract c : contracts) {
            if (!c.resultIds().isEmpty() && c.resultIds().stream()
                    .allMatch(id -> results.containsKey(id) && results.get(id).confidential())) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    private static ResultFigures results(ReportData data, ReportYearSpan span, Map<Long, ReportResult> results,
                                         TraceBook trace) {
        int disclosed = 0;
        for (ReportResult r : data.results()) {
            if (r.confidential() || !span.contains(r.disclosedOn())) {
                continue;
            }
            disclosed++;
            RecordRef ref = new RecordRef(RecordType.RESULT, r.id(), r.label());
            trace.addAll(List.of("results.disclosed",
                    "results.byType." + (r.type() == null ? AnnualReport.UNSPECIFIED : r.type().name()),
                    "results.byFunding." + (r.funding() == null ? AnnualReport.UNSPECIFIED : r.funding().name()),
                    "results.byDepartment." + (blank(r.department()) ? AnnualReport.UNSPECIFIED : r.department())),
                    ref, r.disclosedOn(), null);
        }
        for (ReportIp ip : data.ips()) {
            ReportResult r = results.get(ip.resultId());
            if (r == null || r.confidential()) {
                continue;
            }
            String label = (blank(ip.applicationNo()) ? "" : ip.applicationNo() + " ") + r.label();
            RecordRef ref = new RecordRef(RecordType.RESULT, r.id(), label);
            if (span.contains(ip.filedOn())) {
                trace.add("ip.filed." + ip.type().name(), ref, ip.filedOn(), null);
            }
            if (span.contains(ip.grantedOn())) {
                trace.add("ip.granted." + ip.type().name(), ref, ip.grantedOn(), null);
            }
        }
        return new ResultFigures(disclosed, trace.countsUnder("results.byType."), trace.countsUnder("results.byFunding."),
                trace.countsUnder("results.byDepartment."), trace.countsUnder("ip.filed."),
                trace.countsUnder("ip.granted."));
    }

    /**
     * A pilot case counts in the year its grant takes effect (ownership: CNIPA registration; long-term use:
     * the agreement) or, by the convention, of its agreement; converted in the year of its conversion; income
     * is the money received in the year on contracts of results granted on or before the receipt.
     */
    private static PilotFigures pilots(ReportData data, ReportYearSpan span, ReportConventions conventions,
                                       TraceBook trace, ContractCounter contracts, Map<Long, LocalDate> granted) {
        int ownership = 0;
        int use = 0;
        int converted = 0;
        for (ReportPilot p : data.pilots()) {
            LocalDate effect = p.model() == PilotModel.OWNERSHIP
                    && conventions.pilotYear() == ReportConventions.PilotYear.EFFECT ? p.registeredOn() : p.agreedOn();
            RecordRef ref = new RecordRef(RecordType.PILOT, p.id(), p.label());
            if (effect != null) {
                granted.merge(p.resultId(), effect, (a, b) -> a.isBefore(b) ? a : b);
            }
            if (span.contains(effect)) {
                trace.addAll(List.of("pilots.granted", p.model() == PilotModel.OWNERSHIP ? "pilots.ownership"
                        : "pilots.longTermUse"), ref, effect, null);
                if (p.model() == PilotModel.OWNERSHIP) {
                    ownership++;
                } else {
                    use++;
                }
            }
            if (span.contains(p.convertedOn())) {
                converted++;
                trace.add("pilots.converted", ref, p.convertedOn(), null);
            }
        }
        BigDecimal income = ZERO;
        // without a granted result no receipt is pilot income: skip the year's receipts (most ledgers have no pilot)
        for (ReportReceipt r : granted.isEmpty() ? List.<ReportReceipt>of() : data.receipts()) {
            ReportContract c = contracts.byId.get(r.contractId());
            if (c == null || !span.contains(r.receivedOn()) || !contracts.receivedInYear.containsKey(c.id())) {
                continue;
            }
            boolean grantedBefore = c.resultIds().stream().map(granted::get)
                    .anyMatch(d -> d != null && !d.isAfter(r.receivedOn()));
            if (grantedBefore && (r.amount().signum() > 0 || conventions.refundsSubtract())) {
                income = income.add(r.amount());
                trace.add("pilots.income", ContractCounter.ref(c), r.receivedOn(), r.amount());
            }
        }
        return new PilotFigures(ownership + use, ownership, use, converted, income);
    }

    /** People with a side job / leave in the year (any overlap) and those whose episode started in it. */
    private static PeopleFigures people(List<ReportEpisode> episodes, ReportYearSpan span, TraceBook trace) {
        Map<String, Set<Long>> people = new HashMap<>();
        for (ReportEpisode e : episodes) {
            // office staff are counted by RegisterCounter.office
            if (e.kind() == EpisodeKind.TTO_STAFF || !e.overlaps(span.first(), span.last())) {
                continue;
            }
            String base = e.kind() == EpisodeKind.SIDE_JOB ? "people.sideJobs" : "people.leaveToFound";
            RecordRef ref = new RecordRef(RecordType.PERSON, e.personId(), e.personName() + " · " + e.company());
            if (people.computeIfAbsent(base, k -> new HashSet<>()).add(e.personId())) {
                trace.add(base, ref, e.startsOn(), null);
            }
            if (span.contains(e.startsOn())
                    && people.computeIfAbsent(base + "Started", k -> new HashSet<>()).add(e.personId())) {
                trace.add(base + "Started", ref, e.startsOn(), null);
            }
        }
        Function<String, Integer> n = k -> people.getOrDefault(k, Set.of()).size();
        return new PeopleFigures(n.apply("people.sideJobs"), n.apply("people.sideJobsStarted"),
                n.apply("people.leaveToFound"), n.apply("people.leaveToFoundStarted"));
    }

    /** The report's order of modes, found once: List.indexOf in each comparison showed in the report's profile. */
    private static final Map<DealMode, Integer> MODE_ORDER = new java.util.EnumMap<>(DealMode.class);

    static {
        ReportModes.SIX.forEach(m -> MODE_ORDER.put(m, MODE_ORDER.size()));
    }

    /** R-REPORT-LIST's order: by mode as the report lists them (others last), signing date, contract number. */
    private static final Comparator<ReportContract> PROJECT_ORDER = Comparator
            .comparingInt((ReportContract c) -> MODE_ORDER.getOrDefault(c.mode(), -1))
            .thenComparing(ReportContract::signedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReportContract::contractNo);

    /** R-REPORT-LIST: contracts counted in the year and contracts with money received in it, by mode and date. */
    private static List<ProjectRow> projects(ContractCounter contracts, RewardCounter rewards,
                                             Map<Long, ReportResult> results, Map<Long, LocalDate> granted,
                                             ReportYearSpan span) {
        Set<Long> ids = new LinkedHashSet<>();
        contracts.counted.forEach(c -> ids.add(c.id()));
        ids.addAll(contracts.receivedInYear.keySet());
        Set<Long> counted = new HashSet<>();
        contracts.counted.forEach(c -> counted.add(c.id()));
        List<ReportContract> listed = ids.stream().map(contracts.byId::get).sorted(PROJECT_ORDER).toList();
        List<ProjectRow> rows = new ArrayList<>();
        for (ReportContract c : listed) {
            List<ReportResult> rs = c.resultIds().stream().map(results::get).filter(Objects::nonNull).toList();
            BigDecimal[] reward = rewards.byContract.getOrDefault(c.id(), new BigDecimal[]{ZERO, ZERO});
            boolean piloted = c.resultIds().stream().map(granted::get)
                    .anyMatch(d -> d != null && !d.isAfter(span.last()));
            rows.add(new ProjectRow(c.id(), c.contractNo(),
                    rs.isEmpty() ? c.title() : join(rs, ReportResult::title),
                    join(rs, r -> r.type() == null ? null : r.type().name()),
                    rs.stream().flatMap(r -> r.ipNumbers().stream()).distinct().collect(Collectors.joining(";")),
                    join(rs, r -> r.funding() == null ? null : r.funding().name()),
                    c.mode(), c.licenseKind(), c.counterparty(), c.creditCode(), c.signedOn(), c.registrationNo(),
                    c.amount(), contracts.receivedInYear.getOrDefault(c.id(), ZERO),
                    contracts.receivedToDate.getOrDefault(c.id(), ZERO), c.mode() == DealMode.EQUITY ? c.equityShare()
                    : null, reward[0], reward[1], piloted, c.relatedParty(), c.pricing(), counted.contains(c.id())));
        }
        return rows;
    }

    private static List<DataCheck> checks(ReportData data, ReportYearSpan span, ContractCounter contracts,
                                          RewardCounter rewards, CounterpartyFigures counterparties) {
        List<DataCheck> checks = new ArrayList<>();
        for (ReportContract c : contracts.counted) {
            LocalDate date = contracts.countingDate(c);
            if (c.mode() != DealMode.EQUITY && blank(c.registrationNo())) {
                checks.add(new DataCheck(CheckKind.NOT_REGISTERED, ContractCounter.ref(c), date, c.amount()));
            }
            if (c.mode().convertsResults() && c.resultIds().isEmpty()) {
                checks.add(new DataCheck(CheckKind.NO_RESULT, ContractCounter.ref(c), date, c.amount()));
            }
        }
        contracts.unsignedReceipts.forEach((id, sum) -> checks.add(new DataCheck(CheckKind.RECEIPT_UNSIGNED,
                ContractCounter.ref(contracts.byId.get(id)), null, sum)));
        // money received this year took the total past the contract amount: a wrong amount, unit or receipt
        contracts.receivedInYear.keySet().stream().sorted().forEach(id -> {
            ReportContract c = contracts.byId.get(id);
            BigDecimal total = contracts.receivedToDate.getOrDefault(id, ZERO);
            if (c != null && c.mode() != DealMode.EQUITY && c.amount() != null && c.amount().signum() > 0
                    && total.compareTo(c.amount()) > 0) {
                checks.add(new DataCheck(CheckKind.RECEIVED_MORE, ContractCounter.ref(c), null, total));
            }
        });
        rewards.unpublicised.values().forEach(l -> checks.add(new DataCheck(CheckKind.REWARD_NOT_PUBLICISED,
                new RecordRef(RecordType.DISTRIBUTION, l.distributionId(), l.label()), l.paidOn(), null)));
        // R-REPORT-MORE: 本地转化 stays not recorded without the unit's province for the year, though the records
        // know where the year's counterparties are
        if (!data.unitProvinces().containsKey(span.year()) && counterparties.byRegion().keySet().stream()
                .anyMatch(k -> !AnnualReport.UNSPECIFIED.equals(k))) {
            checks.add(new DataCheck(CheckKind.UNIT_PROVINCE_UNSET, new RecordRef(RecordType.REPORT, span.year(),
                    org.transferdesk.common.I18n.t("due.record.report", String.valueOf(span.year()))), null, null));
        }
        for (ReportResult r : data.results()) {
            if (!r.confidential() && span.contains(r.disclosedOn()) && r.type() == null) {
                checks.add(new DataCheck(CheckKind.RESULT_NO_TYPE, new RecordRef(RecordType.RESULT, r.id(), r.label()),
                        r.disclosedOn(), null));
            }
        }
        return checks;
    }

    private static <T> String join(List<T> items, Function<T, String> text) {
        return items.stream().map(text).filter(s -> !blank(s)).distinct().collect(Collectors.joining(";"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
