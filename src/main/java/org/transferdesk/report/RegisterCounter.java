package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.transferdesk.deal.DealParty;
import org.transferdesk.deal.Province;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.UnitPart;

/**
 * The R-REPORT-MORE figures that come from registers beside the ledger — the counterparties' industry and
 * region, the jointly built institutions, the office's staff — and part (5)'s income distribution with the
 * university part's split (R-UNIT-SPLIT). Pure: each figure files its records in the trace (R-REPORT-TRACE).
 */
final class RegisterCounter {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private RegisterCounter() {
    }

    /**
     * The transfer, licence and equity contracts counted in the year (the three-mode totals' counting,
     * R-REPORT-COUNT) by the counterparty's section and province — UNSPECIFIED where it has none, never guessed —
     * and those in the unit's own province (null when that is not set: nobody can say what is local).
     */
    static CounterpartyFigures counterparties(ContractCounter contracts, List<DealParty> parties,
                                              Province unitProvince, TraceBook trace) {
        Map<Long, DealParty> byDeal = new HashMap<>();
        parties.forEach(p -> byDeal.put(p.dealId(), p));
        Map<String, Tally> industry = new TreeMap<>();
        Map<String, Tally> region = new TreeMap<>();
        Tally local = unitProvince == null ? null : Tally.ZERO;
        for (ReportContract c : contracts.counted) {
            if (!ReportModes.CONVERSION.contains(c.mode())) {
                continue;
            }
            DealParty p = byDeal.get(c.id());
            String section = p == null || p.industrySection() == null ? AnnualReport.UNSPECIFIED
                    : p.industrySection().name();
            String province = p == null || p.province() == null ? AnnualReport.UNSPECIFIED : p.province().name();
            industry.merge(section, Tally.ZERO.withContract(c.amount()), Tally::plus);
            region.merge(province, Tally.ZERO.withContract(c.amount()), Tally::plus);
            List<String> paths = new java.util.ArrayList<>(List.of(
                    "counterparties.byIndustry." + section + ".contracts",
                    "counterparties.byIndustry." + section + ".contractAmount",
                    "counterparties.byRegion." + province + ".contracts",
                    "counterparties.byRegion." + province + ".contractAmount"));
            if (local != null && p != null && p.isLocal(unitProvince)) {
                local = local.withContract(c.amount());
                paths.add("counterparties.local.contracts");
                paths.add("counterparties.local.contractAmount");
            }
            trace.addAll(paths, ContractCounter.ref(c), contracts.countingDate(c), c.amount());
        }
        return new CounterpartyFigures(industry, region, local);
    }

    /** The register's institutions that existed in {@code year} (founded then or before, not closed before it). */
    static InstitutionFigures institutions(List<JointInstitution> register, int year, TraceBook trace) {
        Map<InstitutionKind, Integer> byKind = new EnumMap<>(InstitutionKind.class);
        for (InstitutionKind k : InstitutionKind.values()) {
            byKind.put(k, 0);
        }
        List<JointInstitution> active = register.stream().filter(i -> i.activeIn(year)).toList();
        for (JointInstitution i : active) {
            byKind.merge(i.kind(), 1, Integer::sum);
            RecordRef ref = ref(i);
            LocalDate founded = LocalDate.of(i.foundedYear(), 1, 1);
            trace.addAll(List.of("jointInstitutions.count", "jointInstitutions.byKind." + i.kind().name()), ref,
                    founded, null);
        }
        return new InstitutionFigures(active.size(), byKind, active);
    }

    static RecordRef ref(JointInstitution i) {
        return new RecordRef(RecordType.INSTITUTION, i.id() == null ? 0 : i.id(),
                i.name() + (i.partnerName() == null ? "" : " · " + i.partnerName()));
    }

    /**
     * Full-time staff: the people with a TTO_STAFF episode covering a day of the span, each once. The unit has a
     * technology-transfer office in the year when anyone was its full-time staff: R-REPORT-MORE asks whether the
     * unit itself set one up, and its staff records show that. A 技术转移机构 in the register of institutions built
     * jointly with companies is not the unit's own office; it is counted under those institutions only.
     */
    static OfficeFigures office(List<ReportEpisode> episodes, ReportYearSpan span, TraceBook trace) {
        Set<Long> people = new LinkedHashSet<>();
        for (ReportEpisode e : episodes) {
            if (e.kind() != EpisodeKind.TTO_STAFF || !e.overlaps(span.first(), span.last())
                    || !people.add(e.personId())) {
                continue;
            }
            RecordRef ref = new RecordRef(RecordType.PERSON, e.personId(), e.personName());
            trace.addAll(List.of("office.fullTimeStaff", "office.transferOffice"), ref, e.startsOn(), null);
        }
        return new OfficeFigures(!people.isEmpty(), people.size());
    }

    /**
     * Part (5), R-UNIT-SPLIT: the cash (transfer, licence) distributions counted in the year — by the date that
     * counts their reward lines (the first payment, or the approval under report.count.cashRewardYear=APPROVED)
     * — with their net income, pool and university part; a stored split gives 学院 and the office their lines and
     * 学校 the rest, so the three always add up to the university part; without one it all stays with 学校.
     */
    static IncomeDistribution incomeDistribution(List<ReportDistribution> distributions, ReportYearSpan span,
                                                 ReportConventions conventions, Set<Long> classified,
                                                 TraceBook trace) {
        TracedSums sums = new TracedSums(trace);
        for (ReportDistribution d : distributions) {
            LocalDate date = conventions.cashRewardYear() == ReportConventions.RewardYear.PAID ? d.paidOn()
                    : d.approvedOn();
            if (d.kind() != DistributionKind.CASH || !span.contains(date)
                    || d.contractId() != null && classified.contains(d.contractId())) {
                continue;
            }
            BigDecimal toSchool = sum(d.unitParts(), UnitPart.Unit.SCHOOL);
            BigDecimal toOffice = sum(d.unitParts(), UnitPart.Unit.TRANSFER_OFFICE);
            RecordRef ref = new RecordRef(RecordType.DISTRIBUTION, d.id(), d.label());
            sums.add("incomeDistribution.net", ref, date, d.net());
            sums.add("incomeDistribution.pool", ref, date, d.pool());
            sums.add("incomeDistribution.universityPart", ref, date, d.universityPart());
            sums.add("incomeDistribution.university", ref, date,
                    d.universityPart().subtract(toSchool).subtract(toOffice));
            if (toSchool.signum() != 0) {
                sums.add("incomeDistribution.school", ref, date, toSchool);
            }
            if (toOffice.signum() != 0) {
                sums.add("incomeDistribution.transferOffice", ref, date, toOffice);
            }
        }
        return new IncomeDistribution(sums.of("incomeDistribution.net"), sums.of("incomeDistribution.pool"),
                sums.of("incomeDistribution.universityPart"), sums.of("incomeDistribution.university"),
                sums.of("incomeDistribution.school"), sums.of("incomeDistribution.transferOffice"));
    }

    private static BigDecimal sum(List<UnitPart> parts, UnitPart.Unit unit) {
        return parts.stream().filter(u -> u.unit() == unit).map(UnitPart::amount).reduce(ZERO, BigDecimal::add);
    }
}
