package org.transferdesk.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.ip.IpType;
import org.transferdesk.ip.PatentTerm;

/**
 * The annual fees of a granted patent (R-PAT-FEE, R-PAT-TERM, R-DATE):
 * <ul>
 * <li>fee year N runs from {@code filedOn + (N−1) years} to the day before year N+1 starts, each computed
 * from the filing date (never chained: 2020-02-29 + 1 year = 2021-02-28, + 4 years = 2024-02-29);</li>
 * <li>fees are owed from the grant year, the fee year containing the grant date, whose fee is due at
 * registration (due = grant date); each later year's fee is due by the last day of the previous fee year;
 * the last fee year is the last year of the term (20 / 10 / 15 or 10 for designs filed before 2021-06-01);</li>
 * <li>payable = full fee × (1 − reduction), HALF_UP to fen; the 费减 (sole 85%, joint 70%) applies to the
 * first {@code reducedYears} fee years counted from the grant year (10 for fees due from 2018-08-01, 6 before:
 * the table in force on the due date says); the owner kind and the table are those on the due date;</li>
 * <li>R-PAT-OPEN: a fee due while the patent is under open licence may instead be reduced by 15%; the two never
 * add up, the one giving the lower fee applies (费减 on a tie, as it is the one the office files anyway);</li>
 * <li>grace ends 6 months after the due date (month arithmetic: the month's last day when there is no
 * same-numbered day); the patent lapses the day after.</li>
 * </ul>
 */
public final class PatentFees {
    private PatentFees() {
    }

    /**
     * Fee years from the grant year to the last fee year of the term, in order. Empty for non-patents, when
     * filedOn or grantedOn is null, or when the grant comes after the term. IllegalArgumentException when
     * granted before filed; IllegalStateException when the table in force has no fee for a year.
     */
    public static List<FeeYear> years(IpType type, LocalDate filedOn, LocalDate grantedOn,
                                      Function<LocalDate, OwnerKind> ownerOn, FeeRules rules) {
        return years(type, filedOn, grantedOn, ownerOn, d -> false, rules);
    }

    /** As above, with whether the patent is under open licence on a due date (R-PAT-OPEN). */
    public static List<FeeYear> years(IpType type, LocalDate filedOn, LocalDate grantedOn,
                                      Function<LocalDate, OwnerKind> ownerOn, Predicate<LocalDate> openLicenceOn,
                                      FeeRules rules) {
        List<FeeYear> years = new ArrayList<>();
        firstYear(type, filedOn, grantedOn).ifPresent(first -> {
            int term = PatentTerm.years(type, filedOn).orElseThrow();
            for (int n = first; n <= term; n++) {
                years.add(year(type, filedOn, grantedOn, first, n, ownerOn, openLicenceOn, rules));
            }
        });
        return List.copyOf(years);
    }

    /**
     * The earliest fee year (of {@link #years}) for which {@code skip} is false, given the year and its grace end;
     * empty when every year is skipped. Years skipped are never priced: the due list asks for each granted patent's
     * first unpaid year, and pricing every paid year before it (a fee table per due date) was a large part of the
     * full derive at 20,000 results (issue 20).
     */
    public static Optional<FeeYear> firstUnskipped(IpType type, LocalDate filedOn, LocalDate grantedOn,
                                                   Function<LocalDate, OwnerKind> ownerOn,
                                                   Predicate<LocalDate> openLicenceOn, FeeRules rules,
                                                   BiPredicate<Integer, LocalDate> skip) {
        Optional<Integer> first = firstYear(type, filedOn, grantedOn);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int term = PatentTerm.years(type, filedOn).orElseThrow();
        for (int n = first.get(); n <= term; n++) {
            if (!skip.test(n, dueOn(filedOn, grantedOn, first.get(), n).plusMonths(FeeYear.GRACE_MONTHS))) {
                return Optional.of(year(type, filedOn, grantedOn, first.get(), n, ownerOn, openLicenceOn, rules));
            }
        }
        return Optional.empty();
    }

    /** The grant year: the first fee year owed; empty for non-patents, missing dates or a grant after the term. */
    private static Optional<Integer> firstYear(IpType type, LocalDate filedOn, LocalDate grantedOn) {
        if (type == null || !type.isPatent() || filedOn == null || grantedOn == null) {
            return Optional.empty();
        }
        if (grantedOn.isBefore(filedOn)) {
            throw new IllegalArgumentException("granted " + grantedOn + " before filed " + filedOn);
        }
        int term = PatentTerm.years(type, filedOn).orElseThrow();
        return feeYearOf(filedOn, grantedOn, term);
    }

    private static LocalDate dueOn(LocalDate filedOn, LocalDate grantedOn, int first, int n) {
        return n == first ? grantedOn : startOf(filedOn, n).minusDays(1);
    }

    private static FeeYear year(IpType type, LocalDate filedOn, LocalDate grantedOn, int first, int n,
                                Function<LocalDate, OwnerKind> ownerOn, Predicate<LocalDate> openLicenceOn,
                                FeeRules rules) {
        LocalDate startsOn = startOf(filedOn, n);
        LocalDate endsOn = startOf(filedOn, n + 1).minusDays(1);
        boolean atGrant = n == first;
        LocalDate dueOn = dueOn(filedOn, grantedOn, first, n);
        FeeTable table = rules.on(dueOn);
        BigDecimal full = table.fullFee(type, n).orElseThrow(() -> new IllegalStateException(
                "the fee schedule in force on " + dueOn + " has no fee for " + type + " fee year " + n));
        OwnerKind kind = ownerOn.apply(dueOn);
        Percent feeReduction = n < first + table.reducedYears() ? table.reduction(kind) : Percent.ZERO;
        Percent open = OpenLicence.reductionOn(dueOn, openLicenceOn.test(dueOn));
        FeeReduction reducedBy = open.compareTo(feeReduction) > 0 ? FeeReduction.OPEN_LICENCE
                : feeReduction.isPositive() ? FeeReduction.FEE_REDUCTION : FeeReduction.NONE;
        Percent reduction = reducedBy == FeeReduction.OPEN_LICENCE ? open : feeReduction;
        BigDecimal payable = Money.of(full.multiply(BigDecimal.ONE.subtract(reduction.fraction())));
        LocalDate graceEnd = dueOn.plusMonths(FeeYear.GRACE_MONTHS);
        return new FeeYear(n, startsOn, endsOn, dueOn, atGrant, full, kind, reduction, reducedBy, payable, graceEnd,
                graceEnd.plusDays(1));
    }

    /** The first day of fee year {@code n}, from the filing date (R-DATE: not chained). */
    public static LocalDate startOf(LocalDate filedOn, int n) {
        return filedOn.plusYears(n - 1L);
    }

    /** The fee year (1..term) containing {@code date}; empty when outside the term. */
    public static Optional<Integer> feeYearOf(LocalDate filedOn, LocalDate date, int term) {
        for (int n = 1; n <= term; n++) {
            if (!date.isBefore(startOf(filedOn, n)) && date.isBefore(startOf(filedOn, n + 1))) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
