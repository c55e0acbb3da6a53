package org.transferdesk.report;

import org.transferdesk.audit.AuditChain;

import java.util.List;

/**
 * What is exported for a year: its figures, the office's text, and the previous years' figures for the
 * year-over-year comparison (newest first).
 */
public record ReportPackage(AnnualReport current, ReportText text, List<AnnualReport> previous,
                            AuditChain.Anchor auditAnchor) {
    public ReportPackage {
        previous = List.copyOf(previous);
    }

    /** Without an audit anchor (issue 22: the exports record the chain's latest place and hash when there is one). */
    public ReportPackage(AnnualReport current, ReportText text, List<AnnualReport> previous) {
        this(current, text, previous, AuditChain.Anchor.EMPTY);
    }

    public int year() {
        return current.year();
    }

    /** This year and the previous years, oldest first (for charts and the comparison table). */
    public List<AnnualReport> years() {
        java.util.ArrayList<AnnualReport> all = new java.util.ArrayList<>(previous);
        java.util.Collections.reverse(all);
        all.add(current);
        return List.copyOf(all);
    }
}
