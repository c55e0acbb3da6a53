package org.transferdesk.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.Receipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.Proposal;

/**
 * Reward distributions for the demo's deals, made through {@link DistributionService} like an office
 * would: about two thirds of the transfer and licence receipts and of the equity deals are distributed,
 * then publicised, approved and paid on dates that follow each other (publicity after the receipt,
 * approval after the publicity, payment after the approval, nothing in the future), so the demo shows
 * every status. A recent receipt is still in draft or in publicity; a proposal the rules refuse (R-KEY
 * under the policy in force) stays undistributed, as in a real office.
 */
final class RewardMaker {
    /** Demo approvals are recorded under the body that usually approves them. */
    private static final String APPROVED_BY = "校长办公会";
    /** Receipts this young are distributed but not yet through their publicity. */
    private static final int RECENT_DAYS = 75;

    private final DealService deals;
    private final DistributionService rewards;
    private final Dice dice;
    private final LocalDate today;
    private final Map<DistributionStatus, Integer> byStatus = new EnumMap<>(DistributionStatus.class);
    private int refused;
    private int docNo;
    private int payrollNo;

    RewardMaker(DealService deals, DistributionService rewards, long seed, LocalDate today) {
        this.deals = deals;
        this.rewards = rewards;
        // its own stream of chance: the people, results and deals stay what they were without rewards
        this.dice = new Dice(seed ^ 0x5EED_2E3A_12DL);
        this.today = today;
    }

    /** Stops (keeping what it made) when cancelled. */
    DemoSummary.Rewards make(ProgressSink progress) {
        List<DealSummary> targets = deals.list().stream()
                .filter(d -> d.signedOn() != null && (d.mode() == DealMode.EQUITY
                        || (d.mode() == DealMode.TRANSFER || d.mode() == DealMode.LICENSE) && d.received().signum() > 0))
                .sorted(Comparator.comparing(DealSummary::contractNo)).toList();
        String message = I18n.t("demo.progress.rewards");
        for (int i = 0; i < targets.size(); i++) {
            if (progress.isCancelled()) {
                break;
            }
            progress.progress(i, targets.size(), message);
            DealSummary target = targets.get(i);
            if (target.mode() == DealMode.EQUITY) {
                if (dice.chance(0.7)) {
                    attempt(() -> rewards.proposeEquity(target.id()), target.signedOn());
                }
                continue;
            }
            Deal deal = rewards.deal(target.id()).orElseThrow();
            for (Receipt r : rewards.undistributedReceipts(deal)) {
                // fresh money is what the office is working on; older receipts were distributed about two times in three
                if (ChronoUnit.DAYS.between(r.receivedOn(), today) <= RECENT_DAYS || dice.chance(0.65)) {
                    attempt(() -> rewards.proposeCash(deal.id(), List.of(r.id())), r.receivedOn());
                }
            }
        }
        progress.progress(targets.size(), targets.size(), message);
        return new DemoSummary.Rewards(count(DistributionStatus.DRAFT), count(DistributionStatus.PUBLICISING),
                count(DistributionStatus.APPROVED), count(DistributionStatus.PAID), count(DistributionStatus.REVOKED),
                refused);
    }

    private int count(DistributionStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    private void attempt(java.util.function.Supplier<Proposal> propose, LocalDate basis) {
        Proposal proposal;
        try {
            proposal = propose.get();
        } catch (ValidationException e) {
            refused++;
            return;
        }
        if (proposal.problems().stream().anyMatch(Problem::isError)) {
            refused++;
            return;
        }
        Distribution d = advance(rewards.saveDraft(proposal.distribution()), basis);
        byStatus.merge(d.status(), 1, Integer::sum);
    }

    /** Takes a fresh draft as far as its dates allow. */
    private Distribution advance(Distribution draft, LocalDate basis) {
        long age = ChronoUnit.DAYS.between(basis, today);
        LocalDate from;
        if (age <= RECENT_DAYS) {
            // a recent receipt: mostly in publicity today, else still a draft
            if (dice.chance(0.2)) {
                return draft;
            }
            LocalDate latest = Dice.nextWorkday(today.minusDays(dice.between(1, 6)));
            from = latest.isAfter(basis) ? latest : basis.plusDays(1);
        } else {
            from = Dice.nextWorkday(basis.plusDays(dice.between(3, 30)));
        }
        if (from.isAfter(today) || dice.chance(0.04)) {
            return draft; // not publicised yet, or waiting for the team to agree
        }
        LocalDate to = rewards.earliestPublicityEnd(from).plusDays(dice.between(0, 3));
        Distribution d = rewards.publicise(draft.id(), from, to, "奖励公示〔" + from.getYear() + "〕" + (++docNo) + "号");
        if (dice.chance(0.05)) {
            LocalDate on = to.isAfter(today) ? today : Dice.previousWorkday(to.plusDays(dice.between(0, 10)));
            LocalDate revokedOn = on.isAfter(today) ? today : on;
            return rewards.revoke(d.id(), revokedOn, "公示期间收到异议：完成人名单需重新核对");
        }
        LocalDate approvedOn = Dice.nextWorkday(to.plusDays(dice.between(1, 12)));
        if (approvedOn.isAfter(today)) {
            return d;
        }
        d = rewards.approve(d.id(), approvedOn, APPROVED_BY);
        LocalDate paidOn = Dice.nextWorkday(approvedOn.plusDays(dice.between(5, 25)));
        if (paidOn.isAfter(today) || dice.chance(0.06)) {
            return d; // approved, waiting for the next payroll
        }
        Distribution approved = d;
        Set<Integer> payable = IntStream.range(0, approved.lines().size())
                .filter(i -> approved.lines().get(i).amount().signum() > 0 && !approved.lines().get(i).waived())
                .boxed().collect(Collectors.toCollection(HashSet::new));
        if (payable.isEmpty()) {
            return d;
        }
        String payroll = "GZ" + paidOn.getYear() + String.format(Locale.ROOT, "%02d", paidOn.getMonthValue()) + "-"
                + String.format(Locale.ROOT, "%04d", ++payrollNo);
        return rewards.pay(d.id(), payable, paidOn, payroll);
    }
}
