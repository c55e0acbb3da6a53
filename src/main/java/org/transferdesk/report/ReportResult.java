package org.transferdesk.report;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;

/** A result (成果): disclosure date, department, type, funding; classified ones stay out of the report. */
public record ReportResult(long id, String resultNo, String title, LocalDate disclosedOn, String department,
                           ResultType type, FundingSource funding, boolean confidential, List<String> ipNumbers) {
    public ReportResult {
        ipNumbers = List.copyOf(ipNumbers);
    }

    public String label() {
        return resultNo + " " + title;
    }
}
