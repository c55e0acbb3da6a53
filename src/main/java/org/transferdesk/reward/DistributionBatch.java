package org.transferdesk.reward;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.reward.persistence.DistributionRepository;

/** {@code distribute}: drafts for everything undistributed, and what could not be distributed with the reason. */
final class DistributionBatch {
    private final DistributionService service;
    private final DistributionRepository repository;
    private final DealRepository deals;
    private final List<Distribution> created = new ArrayList<>();
    private final List<BatchOutcome.Skipped> skipped = new ArrayList<>();

    DistributionBatch(DistributionService service, DistributionRepository repository, DealRepository deals) {
        this.service = service;
        this.repository = repository;
        this.deals = deals;
    }

    BatchOutcome run(String contractNo, Integer year) {
        List<Deal> targets;
        if (contractNo != null) {
            targets = List.of(deals.findByContractNo(contractNo)
                    .orElseThrow(() -> new UserFacingException("reward.contract.missing", contractNo)));
        } else {
            targets = deals.findForDistribution(year).stream().filter(x -> x.mode() == DealMode.EQUITY || byReceipts(x))
                    .toList();
        }
        // read once for all deals, not once per deal (issue 20): a distribution of one deal takes no other deal's
        // receipts, so what is taken before the loop is all that a deal's turn can find taken
        Set<Long> taken = repository.distributedReceiptIds(null);
        Set<Long> withEquity = repository.dealsWithLive(DistributionKind.EQUITY);
        for (Deal deal : targets) {
            if (deal.mode() == DealMode.EQUITY) {
                if (deal.signedOn() != null && (year == null || deal.signedOn().getYear() == year)
                        && !withEquity.contains(deal.id())) {
                    attempt(() -> service.proposeEquity(deal.id()), deal, I18n.t("reward.batch.equity"));
                }
                continue;
            }
            if (!byReceipts(deal)) {
                skipped.add(new BatchOutcome.Skipped(deal.contractNo(), deal.mode().label(), I18n.t("reward.batch.notCash")));
                continue;
            }
            receipts(deal, year, taken);
        }
        return new BatchOutcome(created, skipped);
    }

    /** Deals whose receipts are distributed one by one: transfers and licences (R-45-1), technical contracts (R-45-TECH). */
    private static boolean byReceipts(Deal deal) {
        return DistributionKind.ofCash(deal.mode())
                .filter(k -> k == DistributionKind.CASH || k == DistributionKind.TECH_CONTRACT).isPresent();
    }

    private void receipts(Deal deal, Integer year, Set<Long> taken) {
        // each receipt is proposed on its own, so the ones taken before the loop are all that can be taken
        List<List<TeamMember>> team = new ArrayList<>(); // built once, when a receipt first needs it
        Supplier<List<TeamMember>> teamOnce = () -> {
            if (team.isEmpty()) {
                team.add(service.team(deal));
            }
            return team.get(0);
        };
        for (Receipt r : deal.receipts()) {
            if (year != null && r.receivedOn().getYear() != year) {
                continue;
            }
            String what = r.receivedOn() + " " + Money.format(r.amount());
            if (r.isRefund()) {
                skipped.add(new BatchOutcome.Skipped(deal.contractNo(), what, I18n.t("reward.batch.refund")));
            } else if (!taken.contains(r.id())) {
                attempt(() -> service.proposeCash(deal, teamOnce, List.of(r.id())), deal, what);
            }
        }
    }

    private void attempt(Supplier<Proposal> proposal, Deal deal, String what) {
        try {
            Proposal p = proposal.get();
            List<Problem> errors = p.problems().stream().filter(Problem::isError).toList();
            if (errors.isEmpty()) {
                created.add(service.saveDraft(p.distribution()));
            } else {
                skipped.add(new BatchOutcome.Skipped(deal.contractNo(), what, messages(errors)));
            }
        } catch (ValidationException e) {
            skipped.add(new BatchOutcome.Skipped(deal.contractNo(), what, messages(e.problems())));
        }
    }

    private static String messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).collect(Collectors.joining("; "));
    }
}
