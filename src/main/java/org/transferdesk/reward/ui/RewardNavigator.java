package org.transferdesk.reward.ui;

import org.transferdesk.reward.Proposal;

/** Opens distribution editors and the proposal window; implemented by the main window. */
public interface RewardNavigator {
    void openDistribution(long id);

    /** An editor showing a proposal not yet saved. */
    void openProposal(Proposal proposal);

    /** The "new distribution" window, for the given deal's receipts when {@code dealId} is not null. */
    void newDistribution(Long dealId);
}
