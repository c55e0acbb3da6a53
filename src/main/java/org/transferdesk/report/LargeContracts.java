package org.transferdesk.report;

import java.util.List;

/** R-REPORT-LARGE: transfer/licence/equity contracts counted in the year at or above each threshold, and their list. */
public record LargeContracts(int atLeast1Million, int atLeast10Million, int atLeast100Million,
                             List<ProjectRow> list) {
    public LargeContracts {
        list = List.copyOf(list);
    }
}
