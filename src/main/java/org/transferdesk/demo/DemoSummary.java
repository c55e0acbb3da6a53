package org.transferdesk.demo;

/** What a demo fill created (or would create). */
public record DemoSummary(int departments, int people, int results, int inventors, int ipAssets, int statusChanges,
                          int counterparties, int deals, int receipts, Rewards rewards, int pilotCases,
                          int obligations, int episodes) {

    /** Reward distributions by status, and proposals the rules refused (their receipts stay undistributed). */
    public record Rewards(int draft, int publicising, int approved, int paid, int revoked, int refused) {
        public static final Rewards NONE = new Rewards(0, 0, 0, 0, 0, 0);

        public int total() {
            return draft + publicising + approved + paid + revoked;
        }
    }

    public DemoSummary {
        rewards = rewards == null ? Rewards.NONE : rewards;
    }

    /** Without rewards. */
    public DemoSummary(int departments, int people, int results, int inventors, int ipAssets, int statusChanges,
                       int counterparties, int deals, int receipts) {
        this(departments, people, results, inventors, ipAssets, statusChanges, counterparties, deals, receipts, null, 0,
                0, 0);
    }

    /** Without deals. */
    public DemoSummary(int departments, int people, int results, int inventors, int ipAssets, int statusChanges) {
        this(departments, people, results, inventors, ipAssets, statusChanges, 0, 0, 0);
    }

    public DemoSummary withRewards(Rewards made) {
        return new DemoSummary(departments, people, results, inventors, ipAssets, statusChanges, counterparties, deals,
                receipts, made, pilotCases, obligations, episodes);
    }

    public DemoSummary withPilotCases(int made) {
        return new DemoSummary(departments, people, results, inventors, ipAssets, statusChanges, counterparties, deals,
                receipts, rewards, made, obligations, episodes);
    }

    /** Then also deal obligations and people's side jobs and leave (the demo's deadlines). */
    public DemoSummary withDeadlines(int obligationsMade, int episodesMade) {
        return new DemoSummary(departments, people, results, inventors, ipAssets, statusChanges, counterparties, deals,
                receipts, rewards, pilotCases, obligationsMade, episodesMade);
    }
}
