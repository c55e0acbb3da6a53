package org.transferdesk.reward;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.transferdesk.ip.IpType;

/**
 * R-BONUS: the statutory floor of the patent grant bonus (职务发明奖金), a law coded with its dates. The
 * 2023 revision of 《专利法实施细则》 (国务院令第769号) raised the floors in 第九十三条 from 2024-01-20; before
 * that the 2010 text's 第七十七条 set 3,000元 and 1,000元. The bonus is due within 3 months of the grant
 * announcement, so the floor of a bonus is the one in force on the grant date; a policy's amounts must
 * hold the floor in force on its date of effect.
 */
public final class PatentBonusFloor {
    /** The day 专利法实施细则 (2023年修订) 第九十三条 took effect. */
    public static final LocalDate REVISED_2023_FROM = LocalDate.of(2024, 1, 20);
    /** 第九十三条 (in force from 2024-01-20): invention 4,000元, utility model or design 1,500元. */
    public static final Floor REVISED_2023 = new Floor(new BigDecimal("4000.00"), new BigDecimal("1500.00"));
    /** 2010 细则 第七十七条 (until 2024-01-19): invention 3,000元, utility model or design 1,000元. */
    public static final Floor RULES_2010 = new Floor(new BigDecimal("3000.00"), new BigDecimal("1000.00"));

    /** The two floors of one text of the rules. */
    public record Floor(BigDecimal invention, BigDecimal otherPatent) {
        /** The floor for a patent of this type: an invention's, else a utility model's or design's. */
        public BigDecimal of(IpType type) {
            return type == IpType.INVENTION_PATENT ? invention : otherPatent;
        }
    }

    private PatentBonusFloor() {
    }

    /**
     * The floor in force on {@code day}; with no day (a form not yet dated) the latest text's, which is also
     * the highest, so an undated check never lets through what a dated one would refuse.
     */
    public static Floor on(LocalDate day) {
        return day != null && day.isBefore(REVISED_2023_FROM) ? RULES_2010 : REVISED_2023;
    }
}
