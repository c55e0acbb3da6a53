package org.transferdesk.due;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.Receipt;
import org.transferdesk.reward.DistributedReceipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.ExportedDistribution;
import org.transferdesk.reward.LineTax;
import org.transferdesk.reward.NonProfitStatus;
import org.transferdesk.reward.Tax58;

/**
 * The rewards' deadlines: a TRANSFER/LICENSE receipt's reward is paid within 36 months to keep the 58号
 * halving (R-TAX58, received before 2018-07-01: by 2021-07-01) — reminded while the receipt is undistributed
 * or its reward unpaid; a running reward publicity's last day (R-PUB-REWARD); and the 备案表 of each month's
 * payments, due the 15th of the next month (R-TAX58-FILING), for the lines the 备案表 lists: those that
 * {@link LineTax} (the one R-TAX58 function) finds eligible, imported payments included — history before the
 * office's reminders start is left out by the due list's remind-from day, not here.
 */
public final class RewardReminders {
    private RewardReminders() {
    }

    public static List<DueItem> of(List<Deal> deals, List<Distribution> distributions) {
        return of(deals, distributions, NonProfitStatus.always(true));
    }

    /**
     * {@code nonProfit}: the unit's dated status; each payment is judged by the status on its own payment day
     * (R-TAX58 condition 1), so a later change of the setting does not move past months' 备案表 reminders.
     */
    public static List<DueItem> of(List<Deal> deals, List<Distribution> distributions, NonProfitStatus nonProfit) {
        Map<Long, Boolean> registered = new HashMap<>();
        deals.forEach(deal -> registered.put(deal.id(), deal.registration().isRegistered()));
        Map<Long, List<Distribution>> byReceipt = new HashMap<>();
        for (Distribution d : distributions) {
            if (d.workflow().status().isLive()) {
                for (DistributedReceipt r : d.receipts()) {
                    byReceipt.computeIfAbsent(r.receiptId(), k -> new ArrayList<>()).add(d);
                }
            }
        }
        List<DueItem> items = new ArrayList<>();
        for (Deal deal : deals) {
            if (deal.mode() == DealMode.TRANSFER || deal.mode() == DealMode.LICENSE) {
                windows(deal, byReceipt, items);
            }
        }
        for (Distribution d : distributions) {
            publicity(d, items);
            filings(d, nonProfit, Boolean.TRUE.equals(registered.get(d.dealId())), items);
        }
        return items;
    }

    private static void windows(Deal deal, Map<Long, List<Distribution>> byReceipt, List<DueItem> items) {
        for (Receipt r : deal.receipts()) {
            if (r.isRefund() || r.id() == null) {
                continue;
            }
            List<Distribution> covering = byReceipt.getOrDefault(r.id(), List.of());
            boolean ownersIncome = covering.stream().anyMatch(d -> d.kind() == DistributionKind.OWNERSHIP_INCOME);
            boolean unpaid = covering.stream().anyMatch(RewardReminders::hasUnpaidLines);
            if (ownersIncome || (!covering.isEmpty() && !unpaid)) {
                continue;
            }
            String action = covering.isEmpty() ? I18n.t("due.action.undistributed") : I18n.t("due.action.unpaidReward");
            items.add(new DueItem("REWARD_WINDOW:" + r.id(), DueKind.REWARD_WINDOW, "R-TAX58",
                    Tax58.paymentDeadline(r.receivedOn()), DealReminders.ref(deal), action, r.amount(),
                    I18n.t("due.detail.receipt", r.receivedOn(), Money.format(r.amount()),
                            r.voucherNo() == null ? "-" : r.voucherNo()),
                    // R-TAX58: the reward is owed; paid after the deadline it loses the halving for good
                    new Stakes(Tax58.paymentDeadline(r.receivedOn()), true)));
        }
    }

    private static boolean hasUnpaidLines(Distribution d) {
        return d.kind() == DistributionKind.CASH && d.lines().stream()
                .anyMatch(l -> !l.waived() && l.amount().signum() > 0 && l.paidOn() == null);
    }

    private static void publicity(Distribution d, List<DueItem> items) {
        if (d.workflow().status() == DistributionStatus.PUBLICISING && d.workflow().publicityTo() != null) {
            items.add(new DueItem("PUBLICITY:DISTRIBUTION:" + d.id() + ":" + d.workflow().publicityTo(),
                    DueKind.PUBLICITY_END, "R-PUB-REWARD", d.workflow().publicityTo(), ref(d),
                    I18n.t("due.action.rewardPublicity"), d.figures().pool(),
                    I18n.t("due.detail.publicity", d.workflow().publicityFrom(), d.workflow().publicityTo())));
        }
    }

    private static void filings(Distribution d, NonProfitStatus nonProfit, boolean registered, List<DueItem> items) {
        if (d.kind() != DistributionKind.CASH || !d.workflow().status().isLive()) {
            return;
        }
        Map<YearMonth, BigDecimal> paidByMonth = new TreeMap<>();
        for (DistributionLine l : d.lines()) {
            if (l.paidOn() != null && l.amount().signum() > 0
                    && ExportedDistribution.exemptPart(LineTax.of(d, l, nonProfit.on(l.paidOn()), registered)).signum() > 0) {
                paidByMonth.merge(YearMonth.from(l.paidOn()), l.amount(), BigDecimal::add);
            }
        }
        paidByMonth.forEach((month, amount) -> {
            LocalDate due = Tax58.filingDue(month.atDay(1));
            // R-TAX58-FILING: a 备案表 filed late cannot be made on time; the amount is what it lists, not a debt
            items.add(new DueItem("TAX_FILING:" + d.id() + ":" + month, DueKind.TAX_FILING, "R-TAX58-FILING", due,
                    ref(d), I18n.t("due.action.taxFiling", month.toString()), amount,
                    I18n.t("due.detail.taxFiling", month.toString(), Money.format(amount)), Stakes.lostAfter(due)));
        });
    }

    static RecordRef ref(Distribution d) {
        String label = (d.contractNo() == null ? "" : d.contractNo() + " ") + (d.title() == null ? "" : d.title());
        return new RecordRef(RecordType.DISTRIBUTION, d.id(), label.isBlank() ? "#" + d.id() : label.strip());
    }
}
