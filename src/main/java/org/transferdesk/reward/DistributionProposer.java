package org.transferdesk.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.LeaderRole;

/**
 * Proposes distributions from the records (pure): the figures per R-NET/R-45-x, the split per R-TEAM and
 * R-ROUND, R-LEAD for equity. The proposal is a draft; {@link DistributionRules} says whether it may go on.
 */
public final class DistributionProposer {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private DistributionProposer() {
    }

    /** R-45-1: receipts of a transfer or licence; costs not yet deducted by earlier distributions are deducted first. */
    public static Distribution cash(Deal deal, List<TeamMember> team, List<Receipt> receipts,
                                    Map<Long, BigDecimal> alreadyDeducted, RewardPolicy policy) {
        return cash(deal, team, receipts, alreadyDeducted, policy, List.of());
    }

    /**
     * R-45-1 with R-UNIT-SPLIT: as above, the university's part split by the policy's unit shares;
     * {@code departments} names the 学院 of each linked result.
     */
    public static Distribution cash(Deal deal, List<TeamMember> team, List<Receipt> receipts,
                                    Map<Long, BigDecimal> alreadyDeducted, RewardPolicy policy, List<String> departments) {
        Net net = net(deal, receipts, alreadyDeducted, policy);
        BigDecimal rate = policy.transferLicenseRate().fraction();
        BigDecimal pool = CashReward.pool(net.result.net(), policy.transferLicenseRate());
        // 浙江: part of the pool is for technology-transfer staff; staff add their lines (the rules insist).
        BigDecimal staffPart = pool.multiply(policy.transferStaffShare().fraction()).setScale(2, RoundingMode.HALF_UP);
        List<DistributionLine> lines = split(team, pool.subtract(staffPart));
        BigDecimal universityPart = net.result.net().subtract(pool);
        Figures figures = new Figures(net.result.gross(), net.result.deducted(), net.result.net(), rate, pool,
                universityPart, null, UnitSplit.parts(universityPart, rate, policy.unitShares(), departments));
        return new Distribution(null, DistributionKind.CASH, deal.id(), deal.contractNo(), deal.mode(), deal.title(),
                null, null, net.basisDate, AppliedPolicy.of(policy), net.receipts, net.deductions, figures, Workflow.DRAFT,
                null, false, lines, 0);
    }

    /**
     * R-45-TECH: receipts of a 技术开发/咨询/服务 contract at the policy's own rate of net income (R-NET as for a
     * licence). R-KEY is kept with the distribution as the policy has it: its minimum, or 0 when switched off.
     */
    public static Distribution techContract(Deal deal, List<TeamMember> team, List<Receipt> receipts,
                                            Map<Long, BigDecimal> alreadyDeducted, RewardPolicy policy) {
        Net net = net(deal, receipts, alreadyDeducted, policy);
        Percent techRate = policy.techContracts().rate();
        BigDecimal pool = CashReward.pool(net.result.net(), techRate);
        Figures figures = new Figures(net.result.gross(), net.result.deducted(), net.result.net(), techRate.fraction(),
                pool, net.result.net().subtract(pool), null);
        AppliedPolicy applied = new AppliedPolicy(policy.jurisdiction(), policy.techKeyMinimum().fraction(),
                BigDecimal.ZERO);
        return new Distribution(null, DistributionKind.TECH_CONTRACT, deal.id(), deal.contractNo(), deal.mode(),
                deal.title(), null, null, net.basisDate, applied, net.receipts, net.deductions, figures, Workflow.DRAFT,
                null, false, split(team, pool), 0);
    }

    /** R-PILOT-INCOME: a co-owned result's income is split by ownership — owners' income, not a reward. */
    public static Distribution ownershipIncome(Deal deal, ResultOwnership.CoOwnership ownership, List<Receipt> receipts,
                                               Map<Long, BigDecimal> alreadyDeducted, RewardPolicy policy) {
        Net net = net(deal, receipts, alreadyDeducted, policy);
        BigDecimal teamPart = net.result.net().multiply(ownership.teamShare()).setScale(2, RoundingMode.HALF_UP);
        List<DistributionLine> lines = split(ownership.owners(), teamPart);
        Figures figures = new Figures(net.result.gross(), net.result.deducted(), net.result.net(), ownership.teamShare(),
                teamPart, net.result.net().subtract(teamPart), null);
        return new Distribution(null, DistributionKind.OWNERSHIP_INCOME, deal.id(), deal.contractNo(), deal.mode(),
                deal.title(), null, null, net.basisDate, AppliedPolicy.of(policy), net.receipts, net.deductions, figures,
                Workflow.DRAFT, null, false, lines, 0);
    }

    /** R-45-2 and R-LEAD: a share of the university's stake, valued at the 作价 amount. */
    public static Distribution equity(Deal deal, List<TeamMember> team, RewardPolicy policy) {
        BigDecimal valuation = deal.contractAmount();
        Percent universityShare = deal.equity().universityShare();
        List<EquityReward.Member> members = team.stream().map(m -> new EquityReward.Member(m.staffNo(), m.name(),
                new Percent(m.share()), policy.leaderEquity() == RewardPolicy.LeaderEquity.WAIVE_AND_REDISTRIBUTE
                        ? m.leaderRole() : LeaderRole.NONE)).toList();
        EquityReward.Result r = EquityReward.of(valuation, universityShare, policy.equityRate(), members);
        List<DistributionLine> lines = new ArrayList<>();
        for (int i = 0; i < team.size(); i++) {
            TeamMember m = team.get(i);
            EquityReward.Line line = r.lines().get(i);
            boolean convertToCash = m.leaderRole() == LeaderRole.HEAD
                    && policy.leaderEquity() == RewardPolicy.LeaderEquity.CONVERT_TO_CASH;
            // Converted to cash: the leader keeps the value but receives no shares (R-LEAD).
            lines.add(new DistributionLine(null, m.personId(), m.staffNo(), m.name(), LineRole.INVENTOR, m.share(),
                    line.value(), convertToCash ? BigDecimal.ZERO : line.companyShare(), m.keyContributor(),
                    m.leaderRole(), line.waived(), m.source(), null, null, null));
        }
        BigDecimal rate = policy.equityRate().fraction();
        Figures figures = new Figures(valuation, ZERO, valuation, rate, r.teamValue(), valuation.subtract(r.teamValue()),
                r.teamCompanyShare());
        return new Distribution(null, DistributionKind.EQUITY, deal.id(), deal.contractNo(), deal.mode(), deal.title(),
                null, null, deal.signedOn(), AppliedPolicy.of(policy), List.of(), List.of(), figures, Workflow.DRAFT,
                null, false, lines, 0);
    }

    /** R-45-3: the minimum reward of one year's operating profit of own or joint implementation. */
    public static Distribution selfImplementation(Deal deal, List<TeamMember> team, int year, BigDecimal profit,
                                                  RewardPolicy policy) {
        BigDecimal pool = SelfImplementationReward.minimum(profit, policy.selfRate());
        BigDecimal net = profit.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        Figures figures = new Figures(profit.setScale(2, RoundingMode.HALF_UP), ZERO, net,
                policy.selfRate().fraction(), pool, net.subtract(pool), null);
        List<DistributionLine> lines = pool.signum() == 0 ? zeroLines(team) : split(team, pool);
        return new Distribution(null, DistributionKind.SELF_IMPLEMENTATION, deal.id(), deal.contractNo(), deal.mode(),
                deal.title(), null, year, Year.of(year).atDay(1).plusYears(1).minusDays(1), AppliedPolicy.of(policy),
                List.of(), List.of(), figures, Workflow.DRAFT, null, false, lines, 0);
    }

    /**
     * R-BONUS: a granted patent's bonus, split by contribution: the policy's amount, never below the floor in
     * force on the grant date — a policy dated before 2024-01-20 may hold the 2010 floor, but a patent it still
     * governs that was granted on or after that day is owed the 第九十三条 floor.
     */
    public static Distribution patentBonus(IpAsset patent, String resultTitle, List<TeamMember> team, RewardPolicy policy) {
        BigDecimal bonus = (patent.type() == IpType.INVENTION_PATENT ? policy.inventionBonus() : policy.otherPatentBonus())
                .max(PatentBonusFloor.on(patent.grantedOn()).of(patent.type()));
        Figures figures = new Figures(bonus, ZERO, bonus, BigDecimal.ONE, bonus, ZERO, null);
        return new Distribution(null, DistributionKind.PATENT_BONUS, null, null, null,
                patent.applicationNo() + " " + (patent.title() == null ? resultTitle : patent.title()), patent.id(), null,
                patent.grantedOn(), AppliedPolicy.of(policy), List.of(), List.of(), figures, Workflow.DRAFT, null, false,
                split(team, bonus), 0);
    }

    /** R-TEAM/R-ROUND: lines by share, floor to the fen, leftover fen to the largest remainders. */
    static List<DistributionLine> split(List<TeamMember> team, BigDecimal amount) {
        if (team.isEmpty()) {
            return List.of();
        }
        List<BigDecimal> amounts = FenSplit.split(amount, team.stream().map(TeamMember::share).toList());
        List<DistributionLine> lines = new ArrayList<>();
        for (int i = 0; i < team.size(); i++) {
            TeamMember m = team.get(i);
            lines.add(new DistributionLine(null, m.personId(), m.staffNo(), m.name(), LineRole.INVENTOR, m.share(),
                    amounts.get(i), null, m.keyContributor(), m.leaderRole(), false, m.source(), null, null, null));
        }
        return lines;
    }

    private static List<DistributionLine> zeroLines(List<TeamMember> team) {
        return team.stream().map(m -> new DistributionLine(null, m.personId(), m.staffNo(), m.name(), LineRole.INVENTOR,
                m.share(), ZERO, null, m.keyContributor(), m.leaderRole(), false, m.source(), null, null, null)).toList();
    }

    private record Net(NetIncome.Result result, LocalDate basisDate, List<DistributedReceipt> receipts,
                       List<CostDeduction> deductions) {
    }

    private static Net net(Deal deal, List<Receipt> receipts, Map<Long, BigDecimal> alreadyDeducted, RewardPolicy policy) {
        BigDecimal gross = receipts.stream().map(Receipt::amount).reduce(ZERO, BigDecimal::add);
        LocalDate latest = receipts.stream().map(Receipt::receivedOn).max(LocalDate::compareTo).orElseThrow();
        NetIncome.Result r = NetIncome.of(gross, latest, deal.costs(), alreadyDeducted, policy.deductible());
        List<DistributedReceipt> distributed = receipts.stream()
                .map(x -> new DistributedReceipt(x.id(), x.receivedOn(), x.amount(), x.voucherNo())).toList();
        List<CostDeduction> deductions = r.deductions().stream().map(d -> deduction(d.cost(), d.amount())).toList();
        return new Net(r, latest, distributed, deductions);
    }

    private static CostDeduction deduction(Cost c, BigDecimal amount) {
        return new CostDeduction(c.id(), c.incurredOn(), c.category(), c.amount(), c.note(), amount);
    }
}
