package org.transferdesk.demo;

/** What a demo fill created (or would create). */
public record DemoSummary(int departments, int people, int results, int inventors, int ipAssets, int statusChanges) {
}
