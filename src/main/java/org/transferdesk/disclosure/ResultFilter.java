package org.transferdesk.disclosure;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The results list's filter: every whitespace-separated term must occur in the row's search text
 * (number, title, department, inventors, IP numbers, 经办人), and each chosen facet must match.
 */
public record ResultFilter(String text, ResultStatus status, String department, ResultType type, Integer year) {
    public static final ResultFilter ALL = new ResultFilter("", null, null, null, null);

    public Predicate<DisclosureSummary> predicate() {
        String[] terms = text == null || text.isBlank() ? new String[0]
                : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return row -> (status == null || row.status() == status)
                && (type == null || row.resultType() == type)
                && (department == null || department.equals(row.department()))
                && (year == null || row.disclosedOn().getYear() == year)
                && Arrays.stream(terms).allMatch(row.searchText()::contains);
    }
}
