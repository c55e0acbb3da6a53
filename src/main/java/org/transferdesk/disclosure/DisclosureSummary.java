package org.transferdesk.disclosure;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One row of the results list: light enough that 100,000 of them stay well under the heap budget.
 * {@code searchText} is the lower-cased text that filter-as-you-type matches against.
 */
public record DisclosureSummary(long id, String resultNo, String title, LocalDate disclosedOn,
                                String department, ResultType resultType, FundingSource funding,
                                ResultStatus status, String inventors, String ipNumbers, boolean confidential,
                                String searchText) {

    public static DisclosureSummary of(long id, String resultNo, String title, LocalDate disclosedOn,
                                       String department, ResultType resultType, FundingSource funding,
                                       ResultStatus status, String inventors, String ipNumbers,
                                       boolean confidential) {
        String search = String.join("\u0001", resultNo, title, nullToEmpty(department), nullToEmpty(inventors),
                nullToEmpty(ipNumbers)).toLowerCase(Locale.ROOT);
        return new DisclosureSummary(id, resultNo, title, disclosedOn, department, resultType, funding, status,
                inventors, ipNumbers, confidential, search);
    }

    public int year() {
        return disclosedOn.getYear();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
