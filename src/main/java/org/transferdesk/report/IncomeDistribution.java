package org.transferdesk.report;

import java.math.BigDecimal;

/**
 * Part (5), R-UNIT-SPLIT: the net income distributed by the cash distributions counted in the year, the team's
 * pool and the university's part, split into 学校 ({@code university}), 学院 ({@code school}) and the
 * technology-transfer office; exact yuan. {@code university + school + transferOffice = universityPart}.
 */
public record IncomeDistribution(BigDecimal net, BigDecimal pool, BigDecimal universityPart, BigDecimal university,
                                 BigDecimal school, BigDecimal transferOffice) {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    public static final IncomeDistribution NONE = new IncomeDistribution(ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
}
