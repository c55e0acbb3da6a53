package org.transferdesk.deal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.Money;

/**
 * R-APPROVAL: which tier approves a deal of a given amount. A setting written as
 * {@code 2000000.00:SCIENCE_OFFICE;4999999.99:VICE_PRESIDENT;:PRESIDENT_MEETING} — each bound is
 * inclusive, the last tier has none (≤200万 科技处; 200–500万 分管副校长; ≥500万 校长办公会).
 */
public record ApprovalTiers(List<Tier> tiers) {
    /** Amounts up to {@code upTo} (inclusive; null = no limit) are approved by {@code tier}. */
    public record Tier(BigDecimal upTo, ApprovalTier tier) {
    }

    public static final String DEFAULT = "2000000.00:SCIENCE_OFFICE;4999999.99:VICE_PRESIDENT;:PRESIDENT_MEETING";

    public ApprovalTiers {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty() || tiers.get(tiers.size() - 1).upTo() != null) {
            throw new IllegalArgumentException("the last approval tier must have no upper bound");
        }
    }

    public static ApprovalTiers parse(String setting) {
        List<Tier> tiers = new ArrayList<>();
        for (String part : setting.split(";")) {
            String[] bound = part.split(":", 2);
            if (bound.length != 2) {
                throw new IllegalArgumentException("approval tier without a colon: " + part);
            }
            tiers.add(new Tier(bound[0].isBlank() ? null : Money.of(bound[0]), ApprovalTier.valueOf(bound[1].strip())));
        }
        return new ApprovalTiers(tiers);
    }

    public ApprovalTier required(BigDecimal amount) {
        for (Tier t : tiers) {
            if (t.upTo() == null || amount.compareTo(t.upTo()) <= 0) {
                return t.tier();
            }
        }
        throw new IllegalStateException("unreachable: the last tier has no bound");
    }
}
