package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.AMOUNT;
import static org.transferdesk.ledger.LedgerSheet.Columns.CONTRACT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.PAID_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.PUBLICISED;
import static org.transferdesk.ledger.LedgerSheet.Columns.REWARD_EQUITY_SHARE;
import static org.transferdesk.ledger.LedgerSheet.Columns.REWARD_KIND;
import static org.transferdesk.ledger.LedgerSheet.Columns.REWARD_RECEIVED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.STAFF_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.TAX_WITHHELD;
import static org.transferdesk.ledger.LedgerSheet.Columns.VOUCHER_NO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.ledger.LedgerRows.RewardPaidRow;

/**
 * 奖励发放: rewards paid before TransferDesk kept them. The amount must be above zero and the date not in
 * the future; an equity reward needs the fraction of the company it gave; the tax withheld, where given,
 * belongs to a cash reward and is at most its amount; a receipt it names (到账日期) is not after the payment, and
 * several are named by lists that line up (see receipts).
 */
final class RewardSheetParser {
    private RewardSheetParser() {
    }

    static List<RewardPaidRow> parse(RawSheet raw, SheetHeader header, ErrorList errors, LocalDate today,
                                     Steps steps) {
        return SheetWalk.parse(raw, header, errors, steps, cells -> {
            String contractNo = cells.requiredText(CONTRACT_NO, 64);
            LocalDate paidOn = cells.requiredDate(PAID_ON);
            if (paidOn != null && paidOn.isAfter(today)) {
                cells.error(PAID_ON, "ledger.rewards.paidInFuture");
            }
            String staffNo = cells.requiredText(STAFF_NO, 32);
            RewardKind kind = cells.requiredChoice(REWARD_KIND, RewardKind.class);
            BigDecimal amount = cells.requiredMoney(AMOUNT);
            if (amount != null && amount.signum() <= 0) {
                cells.error(AMOUNT, "ledger.rewards.notPositive");
            }
            Percent equityShare = cells.percent(REWARD_EQUITY_SHARE);
            if (equityShare != null && (!equityShare.isPositive() || equityShare.compareTo(Percent.HUNDRED) > 0)) {
                cells.error(REWARD_EQUITY_SHARE, "ledger.rewards.equityShareRange");
                equityShare = null;
            } else if (equityShare == null && kind == RewardKind.EQUITY) {
                cells.error(REWARD_EQUITY_SHARE, "ledger.rewards.equityShareRequired");
            }
            Boolean publicised = cells.yesNo(PUBLICISED);
            BigDecimal tax = taxWithheld(cells, kind, amount);
            List<RewardReceipts.Named> receipts = receipts(cells, paidOn);
            return new RewardPaidRow(cells.number(), contractNo, paidOn, staffNo, kind, amount, equityShare, publicised,
                    tax, receipts);
        });
    }

    /**
     * 到账日期 and 凭证号: the receipts the payment names (R-TAX58), as lists joined by ";" read position by position —
     * part n of each names receipt n, by its date, its voucher or both. Without a 凭证号 the dates alone name them,
     * without a 到账日期 the vouchers alone; with both the lists must have as many parts (a day with several receipts
     * repeats its date), and a part may be empty in one list only. A named date after the payment is an error here;
     * whether each named receipt exists is checked against the deal's receipts (RewardReceipts.check). Empty when
     * the row names none or its cells cannot be read (then with errors).
     */
    private static List<RewardReceipts.Named> receipts(RowCells cells, LocalDate paidOn) {
        List<LocalDate> dates = cells.dates(REWARD_RECEIVED_ON);
        List<String> vouchers = cells.texts(VOUCHER_NO, 64);
        if (dates == null) {
            return null;
        }
        if (!dates.isEmpty() && !vouchers.isEmpty() && dates.size() != vouchers.size()) {
            cells.error(VOUCHER_NO, "ledger.rewards.receiptListLengths", dates.size(), vouchers.size());
            return null;
        }
        List<RewardReceipts.Named> named = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < Math.max(dates.size(), vouchers.size()); i++) {
            LocalDate date = dates.isEmpty() ? null : dates.get(i);
            String voucher = vouchers.isEmpty() ? null : vouchers.get(i);
            if (date == null && voucher == null) {
                cells.error(dates.isEmpty() ? VOUCHER_NO : REWARD_RECEIVED_ON, "ledger.rewards.receiptPartEmpty", i + 1);
                ok = false;
            } else if (date != null && paidOn != null && date.isAfter(paidOn)) {
                cells.error(REWARD_RECEIVED_ON, "ledger.rewards.receiptAfterPayment", date, paidOn);
                ok = false;
            } else {
                named.add(new RewardReceipts.Named(date, voucher));
            }
        }
        return ok ? List.copyOf(named) : null;
    }

    /** 代扣个税: optional, on cash rewards only, from 0 up to the amount paid. */
    private static BigDecimal taxWithheld(RowCells cells, RewardKind kind, BigDecimal amount) {
        BigDecimal tax = cells.money(TAX_WITHHELD);
        if (tax == null) {
            return null;
        }
        if (kind == RewardKind.EQUITY) {
            cells.error(TAX_WITHHELD, "taxwh.ledger.taxOnEquity");
        } else if (tax.signum() < 0) {
            cells.error(TAX_WITHHELD, "taxwh.ledger.taxNegative");
        } else if (amount != null && tax.compareTo(amount) > 0) {
            cells.error(TAX_WITHHELD, "taxwh.ledger.taxAboveAmount", Money.format(tax), Money.format(amount));
        } else {
            return tax;
        }
        return null;
    }
}
