package org.transferdesk.disclosure;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One row of the results list: light enough that 100,000 of them stay well under the heap budget.
 * {@code manager}: the 经办人's display name (issue 22). {@code searchText} is the lower-cased text that
 * filter-as-you-type matches against.
 */
public record DisclosureSummary(long id, String resultNo, String title, LocalDate disclosedOn,
                                String department, ResultType resultType, FundingSource funding,
                                ResultStatus status, String inventors, String ipNumbers, boolean confidential,
                                String manager, String searchText) {

    public static DisclosureSummary of(long id, String resultNo, String title, LocalDate disclosedOn,
                                       String department, ResultType resultType, FundingSource funding,
                                       ResultStatus status, String inventors, String ipNumbers,
                                       boolean confidential, String manager) {
        String search = String.join("\u0001", resultNo, title, nullToEmpty(department), nullToEmpty(inventors),
                nullToEmpty(ipNumbers), nullToEmpty(manager)).toLowerCase(Locale.ROOT);
        return new DisclosureSummary(id, resultNo, title, disclosedOn, department, resultType, funding, status,
                inventors, ipNumbers, confidential, manager, search);
    }

    /** The list row of a saved result (after an edit, without reloading the list). */
    public static DisclosureSummary from(Disclosure d) {
        return of(d.id(), d.resultNo(), d.title(), d.disclosedOn(), d.departmentName(), d.resultType(), d.funding(),
                d.status(), d.inventors().stream().map(Inventor::name).collect(java.util.stream.Collectors.joining("、")),
                d.ipAssets().stream().map(org.transferdesk.ip.IpAsset::applicationNo).filter(n -> n != null)
                        .collect(java.util.stream.Collectors.joining("、")), d.confidential(), d.managerName());
    }

    public int year() {
        return disclosedOn.getYear();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
