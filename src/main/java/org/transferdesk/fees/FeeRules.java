package org.transferdesk.fees;

import java.time.LocalDate;

/** The fee schedule and reductions in force on a date (a fee is charged by the table on its due date). */
@FunctionalInterface
public interface FeeRules {
    FeeTable on(LocalDate date);
}
