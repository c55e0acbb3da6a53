package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.DealMode;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;

/**
 * Parts (3) and (4) for one year: contracts and receipts by mode (R-REPORT-COUNT), licence kinds, large
 * contracts (R-REPORT-LARGE), companies and the received money each contract contributes.
 */
final class ContractCounter {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final ReportYearSpan span;
    private final ReportConventions conventions;
    private final TraceBook trace;
    private final Set<Long> classified;
    final Map<DealMode, Tally> modes = new EnumMap<>(DealMode.class);
    final Map<String, Tally> licenceKinds = new TreeMap<>();
    /** Contracts counted in the year (项数, 合同金额), in the order met. */
    final List<ReportContract> counted = new ArrayList<>();
    /** Money received in the year per contract, as counted (refunds and equity by the conventions). */
    final Map<Long, BigDecimal> receivedInYear = new HashMap<>();
    /** Money received up to the year's end per contract (all receipts, for the cumulative column). */
    final Map<Long, BigDecimal> receivedToDate = new HashMap<>();
    final Map<Long, ReportContract> byId = new HashMap<>();
    /** Contracts with money received in the year that are not signed (a data check). */
    final Map<Long, BigDecimal> unsignedReceipts = new HashMap<>();

    ContractCounter(ReportYearSpan span, ReportConventions conventions, TraceBook trace, Set<Long> classified) {
        this.span = span;
        this.conventions = conventions;
        this.trace = trace;
        this.classified = classified;
    }

    static RecordRef ref(ReportContract c) {
        return new RecordRef(RecordType.DEAL, c.id(), c.label());
    }

    /**
     * One reference per contract, shared by all its trace lines: a contract with many receipts built its label
     * again for each one, the largest part of the report's own time and of its heap over five years (issue 20).
     */
    private final Map<Long, RecordRef> refs = new HashMap<>();
    /** The received-money paths of a mode (and licence kind), built once: they are the same for every receipt. */
    private final Map<String, List<String>> receivedPaths = new HashMap<>();

    private RecordRef sharedRef(ReportContract c) {
        return refs.computeIfAbsent(c.id(), k -> ref(c));
    }

    private List<String> receivedPaths(ReportContract c) {
        String kind = c.mode() == DealMode.LICENSE ? kindKey(c) : null;
        return receivedPaths.computeIfAbsent(c.mode().name() + "/" + kind, k -> {
            List<String> paths = new ArrayList<>(List.of(modePath(c.mode(), "received"),
                    groupPath(c.mode(), "received"), "totals.all.received"));
            if (kind != null) {
                paths.add("licenceKinds." + kind + ".received");
            }
            return List.copyOf(paths);
        });
    }

    /**
     * The count and amount paths of a mode (and licence kind), built once as the received ones: built per counted
     * contract (eight string concatenations each, for every year the screen counts) they showed in the report's
     * profile (issue 20).
     */
    private final Map<String, List<String>> contractPaths = new HashMap<>();

    private List<String> contractPaths(ReportContract c) {
        String kind = c.mode() == DealMode.LICENSE ? kindKey(c) : null;
        return contractPaths.computeIfAbsent(c.mode().name() + "/" + kind, k -> {
            List<String> paths = new ArrayList<>(List.of(modePath(c.mode(), "contracts"),
                    modePath(c.mode(), "contractAmount"), groupPath(c.mode(), "contracts"),
                    groupPath(c.mode(), "contractAmount"), "totals.all.contracts", "totals.all.contractAmount"));
            if (kind != null) {
                paths.add("licenceKinds." + kind + ".contracts");
                paths.add("licenceKinds." + kind + ".contractAmount");
            }
            return List.copyOf(paths);
        });
    }

    /** The date that puts a contract in a year under the conventions. */
    LocalDate countingDate(ReportContract c) {
        return conventions.contractYear() == ReportConventions.ContractYear.SIGNED ? c.signedOn() : c.registeredOn();
    }

    /** R-REPORT-COUNT: counted in the year it was signed (or registered), full amount, six modes only. */
    boolean countsInYear(ReportContract c) {
        return c.reported() && !classified.contains(c.id()) && c.signed() && span.contains(countingDate(c))
                && (conventions.countTerminated() || c.status() != org.transferdesk.deal.DealStatus.TERMINATED);
    }

    void countContracts(List<ReportContract> contracts) {
        for (ReportContract c : contracts) {
            byId.put(c.id(), c);
            receivedToDate.put(c.id(), c.receivedBefore() == null ? ZERO : c.receivedBefore());
            if (!countsInYear(c)) {
                continue;
            }
            counted.add(c);
            modes.merge(c.mode(), Tally.ZERO.withContract(c.amount()), Tally::plus);
            if (c.mode() == DealMode.LICENSE) {
                licenceKinds.merge(kindKey(c), Tally.ZERO.withContract(c.amount()), Tally::plus);
            }
            trace.addAll(contractPaths(c), sharedRef(c), countingDate(c), c.amount());
        }
    }

    void countReceipts(List<ReportReceipt> receipts) {
        for (ReportReceipt r : receipts) {
            ReportContract c = byId.get(r.contractId());
            if (c == null || r.receivedOn().isAfter(span.last())) {
                continue;
            }
            receivedToDate.merge(c.id(), r.amount(), BigDecimal::add);
            if (!span.contains(r.receivedOn()) || !c.reported() || classified.contains(c.id())) {
                continue;
            }
            if (!c.signed()) {
                unsignedReceipts.merge(c.id(), r.amount(), BigDecimal::add);
            }
            if (r.amount().signum() < 0 && !conventions.refundsSubtract()
                    || c.mode() == DealMode.EQUITY && conventions.equityReceivedZero()) {
                continue;
            }
            receivedInYear.merge(c.id(), r.amount(), BigDecimal::add);
            modes.merge(c.mode(), Tally.ZERO.withReceived(r.amount()), Tally::plus);
            if (c.mode() == DealMode.LICENSE) {
                licenceKinds.merge(kindKey(c), Tally.ZERO.withReceived(r.amount()), Tally::plus);
            }
            trace.addAll(receivedPaths(c), sharedRef(c), r.receivedOn(), r.amount());
        }
    }

    Tally group(List<DealMode> group) {
        return group.stream().map(m -> modes.getOrDefault(m, Tally.ZERO)).reduce(Tally.ZERO, Tally::plus);
    }

    Map<DealMode, Tally> sixModes() {
        Map<DealMode, Tally> six = new EnumMap<>(DealMode.class);
        ReportModes.SIX.forEach(m -> six.put(m, modes.getOrDefault(m, Tally.ZERO)));
        return six;
    }

    /** How many conversion contracts are at or above each R-REPORT-LARGE threshold, and their contract amounts. */
    record Large(int[] counts, BigDecimal[] amounts) {
    }

    /** R-REPORT-LARGE: conversion contracts counted in the year at or above each threshold (call once: it traces). */
    Large large() {
        int[] n = new int[3];
        BigDecimal[] largeAmounts = {ZERO, ZERO, ZERO};
        BigDecimal[] limits = {conventions.large1(), conventions.large2(), conventions.large3()};
        String[] paths = {"largeContracts.atLeast1Million", "largeContracts.atLeast10Million",
                "largeContracts.atLeast100Million"};
        for (ReportContract c : counted) {
            if (!ReportModes.CONVERSION.contains(c.mode())) {
                continue;
            }
            for (int i = 0; i < 3; i++) {
                if (c.amount().compareTo(limits[i]) >= 0) {
                    n[i]++;
                    largeAmounts[i] = largeAmounts[i].add(c.amount());
                    trace.add(paths[i], ref(c), countingDate(c), c.amount());
                }
            }
        }
        return new Large(n, largeAmounts);
    }

    /**
     * R-REPORT-MORE: conversion contracts counted in the year that convert a result funded by 财政资金 (a result
     * read for the report; classified ones never are, R-REPORT-WHO).
     */
    FiscalFunded fiscalFunded(Map<Long, ReportResult> results) {
        int n = 0;
        BigDecimal amount = ZERO;
        for (ReportContract c : counted) {
            if (!ReportModes.CONVERSION.contains(c.mode()) || c.resultIds().stream().map(results::get)
                    .noneMatch(r -> r != null && !r.confidential() && r.funding() == FundingSource.FISCAL)) {
                continue;
            }
            n++;
            amount = amount.add(c.amount());
            trace.addAll(List.of("fiscalFunded.contracts", "fiscalFunded.contractAmount"), ref(c), countingDate(c),
                    c.amount());
        }
        return new FiscalFunded(n, amount);
    }

    boolean isLarge(ReportContract c) {
        return ReportModes.CONVERSION.contains(c.mode()) && c.amount().compareTo(conventions.large1()) >= 0;
    }

    /** Companies created or joined by equity contracts counted in the year, each company once. */
    CompanyFigures companies() {
        Set<Long> created = new HashSet<>();
        Set<Long> joined = new HashSet<>();
        BigDecimal value = ZERO;
        for (ReportContract c : counted) {
            if (c.mode() != DealMode.EQUITY) {
                continue;
            }
            value = value.add(c.amount());
            trace.add("companies.equityValue", ref(c), countingDate(c), c.amount());
            if (c.companyId() == null) {
                continue;
            }
            boolean isNew = c.companyOrigin() == CompanyOrigin.CREATED ? created.add(c.companyId())
                    : joined.add(c.companyId());
            if (isNew) {
                trace.add(c.companyOrigin() == CompanyOrigin.CREATED ? "companies.created" : "companies.joined",
                        ref(c), countingDate(c), c.amount());
            }
        }
        return new CompanyFigures(created.size(), joined.size(), value);
    }

    static String kindKey(ReportContract c) {
        return c.licenseKind() == null ? AnnualReport.UNSPECIFIED : c.licenseKind().name();
    }

    static String modePath(DealMode mode, String field) {
        return "modes." + mode.name() + "." + field;
    }

    static String groupPath(DealMode mode, String field) {
        return (ReportModes.CONVERSION.contains(mode) ? "totals.transferLicenseEquity."
                : "totals.developmentConsultingService.") + field;
    }
}
