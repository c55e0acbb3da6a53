package org.transferdesk.deal;

import java.util.Set;

/**
 * Which receipts and costs of a deal a live reward distribution holds: those may not be removed or
 * have their date or amount changed, or the distribution would no longer match the money it paid out.
 * Rewards sit above deals, so the deal side only knows this interface; the composition root plugs in
 * the reward repository.
 */
public interface DistributedParts {
    /** For tools and tests without rewards: nothing is locked. */
    DistributedParts NONE = new DistributedParts() {
        @Override
        public Set<Long> lockedReceiptIds(long dealId) {
            return Set.of();
        }

        @Override
        public Set<Long> lockedCostIds(long dealId) {
            return Set.of();
        }
    };

    Set<Long> lockedReceiptIds(long dealId);

    Set<Long> lockedCostIds(long dealId);
}
