package org.transferdesk.demo;

/** What a demo fill created (or would create). */
public record DemoSummary(int departments, int people, int results, int inventors, int ipAssets, int statusChanges,
                          int counterparties, int deals, int receipts) {

    /** Without deals. */
    public DemoSummary(int departments, int people, int results, int inventors, int ipAssets, int statusChanges) {
        this(departments, people, results, inventors, ipAssets, statusChanges, 0, 0, 0);
    }
}
