package org.transferdesk.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.transferdesk.ip.IpType;

/**
 * A granted patent as the fee engine needs it. {@code trackedFrom}: fee years whose grace ended before it
 * are assumed paid outside the app (the record was entered later; null: none assumed); {@code paidYears}:
 * fee years recorded as paid; {@code coOwned}: when the patent was co-owned (joint owners: the smaller
 * reduction, and the fee may be shared); {@code openLicences}: when it was under open licence (R-PAT-OPEN).
 */
public record PatentFeeInput(long ipId, long disclosureId, String resultNo, String resultTitle, String applicationNo,
                             IpType type, LocalDate filedOn, LocalDate grantedOn, LocalDate trackedFrom,
                             Set<Integer> paidYears, List<CoOwnedPeriod> coOwned, List<OpenLicencePeriod> openLicences) {
    public PatentFeeInput {
        paidYears = paidYears == null ? Set.of() : Set.copyOf(paidYears);
        coOwned = coOwned == null ? List.of() : List.copyOf(coOwned);
        openLicences = openLicences == null ? List.of() : List.copyOf(openLicences);
    }

    /** A patent never under open licence. */
    public PatentFeeInput(long ipId, long disclosureId, String resultNo, String resultTitle, String applicationNo,
                          IpType type, LocalDate filedOn, LocalDate grantedOn, LocalDate trackedFrom,
                          Set<Integer> paidYears, List<CoOwnedPeriod> coOwned) {
        this(ipId, disclosureId, resultNo, resultTitle, applicationNo, type, filedOn, grantedOn, trackedFrom, paidYears,
                coOwned, List.of());
    }

    /** Whether an open licence runs on {@code date} (both ends inclusive). */
    public boolean underOpenLicenceOn(LocalDate date) {
        return openLicences.stream().anyMatch(p -> p.contains(date));
    }

    /** JOINT inside any co-owned period (from inclusive, to exclusive, open when to is null), else SOLE. */
    public OwnerKind ownerOn(LocalDate date) {
        return periodOn(date).isPresent() ? OwnerKind.JOINT : OwnerKind.SOLE;
    }

    public Optional<CoOwnedPeriod> periodOn(LocalDate date) {
        return coOwned.stream().filter(p -> p.contains(date)).findFirst();
    }

    public List<FeeYear> feeYears(FeeRules rules) {
        return PatentFees.years(type, filedOn, grantedOn, this::ownerOn, this::underOpenLicenceOn, rules);
    }

    /** Paid, or assumed paid because its grace ended before the app tracked this patent. */
    public boolean settled(FeeYear y) {
        return settled(y.year(), y.graceEnd());
    }

    private boolean settled(int year, LocalDate graceEnd) {
        return paidYears.contains(year) || (trackedFrom != null && graceEnd.isBefore(trackedFrom));
    }

    /** The earliest fee year neither paid nor assumed paid; the settled years before it are not priced. */
    public Optional<FeeYear> firstUnsettled(FeeRules rules) {
        return PatentFees.firstUnskipped(type, filedOn, grantedOn, this::ownerOn, this::underOpenLicenceOn, rules,
                this::settled);
    }
}
