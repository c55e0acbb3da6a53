package org.transferdesk.ip;

import java.time.LocalDate;
import java.util.Optional;

/**
 * R-PAT-TERM (专利法 第四十二条): invention 20 years, utility model 10, design 15 when filed from
 * 2021-06-01 (10 before), counted from the filing date; the term ends the day before the anniversary
 * (R-DATE: 2019-07-15 + 20 years → ends 2039-07-14).
 */
public final class PatentTerm {
    static final LocalDate DESIGN_15_YEARS_FROM = LocalDate.of(2021, 6, 1);

    private PatentTerm() {
    }

    public static Optional<Integer> years(IpType type, LocalDate filedOn) {
        return switch (type) {
            case INVENTION_PATENT -> Optional.of(20);
            case UTILITY_MODEL -> Optional.of(10);
            case DESIGN -> Optional.of(filedOn.isBefore(DESIGN_15_YEARS_FROM) ? 10 : 15);
            default -> Optional.empty();
        };
    }

    public static Optional<LocalDate> termEnd(IpType type, LocalDate filedOn) {
        if (filedOn == null) {
            return Optional.empty();
        }
        return years(type, filedOn).map(y -> filedOn.plusYears(y).minusDays(1));
    }
}
