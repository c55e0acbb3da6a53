package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.PAID_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.REWARD_RECEIVED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.VOUCHER_NO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.transferdesk.deal.DealMode;
import org.transferdesk.ledger.LedgerLookup.ExistingDeal;
import org.transferdesk.ledger.LedgerRows.ContractRow;
import org.transferdesk.ledger.LedgerRows.ImportData;
import org.transferdesk.ledger.LedgerRows.ReceiptRow;
import org.transferdesk.ledger.LedgerRows.RewardPaidRow;

/**
 * R-TAX58: the receipts an imported cash payment comes from — the 36 months of 58号 run from them, so a payment
 * must name them rather than borrow its own date. A row may name several, each by 到账日期 and/or 凭证号 (where a day
 * has several); a row that names none comes from the deal's latest receipt on or before the payment (refunds never
 * count). A named receipt must be on or before the payment too: money received later cannot have paid it (and would
 * pass 58号's 36 months). A named receipt that does not exist, or only after the payment, stops the import; a payment
 * with no receipt at all is imported without one, and so without 58号 relief, which the preview says as a warning.
 */
final class RewardReceipts {
    /** A receipt of the deal: stored (with its id) or in the file being imported (id null). */
    record Candidate(Long id, LocalDate receivedOn, BigDecimal amount, String voucherNo) {
    }

    /** A receipt a row names: by its date, its voucher or both (one of them at least). */
    record Named(LocalDate receivedOn, String voucherNo) {
        boolean matches(Candidate c) {
            return (receivedOn == null || receivedOn.equals(c.receivedOn()))
                    && (voucherNo == null || voucherNo.equals(c.voucherNo()));
        }

        @Override
        public String toString() {
            return Objects.toString(receivedOn, "") + (voucherNo == null ? "" : " " + voucherNo);
        }
    }

    private RewardReceipts() {
    }

    /**
     * The receipts a row comes from: those it names that were received on or before {@code paidOn}, else (naming
     * none) the latest on or before {@code paidOn}; empty if none.
     */
    static List<Candidate> of(List<Candidate> receipts, LocalDate paidOn, List<Named> named) {
        List<Candidate> income = receipts.stream()
                .filter(r -> r.amount().signum() > 0 && paidOn != null && !r.receivedOn().isAfter(paidOn)).toList();
        if (!named.isEmpty()) {
            return income.stream().filter(r -> named.stream().anyMatch(n -> n.matches(r))).toList();
        }
        LocalDate latest = income.stream().map(Candidate::receivedOn).max(Comparator.naturalOrder()).orElse(null);
        return latest == null ? List.of() : income.stream().filter(r -> r.receivedOn().equals(latest)).toList();
    }

    /** The receipts of one imported payment (the rows of one contract, date and kind), each once, by date. */
    static List<Candidate> ofRows(List<Candidate> receipts, List<RewardPaidRow> rows) {
        Set<Candidate> all = new LinkedHashSet<>();
        rows.forEach(r -> all.addAll(of(receipts, r.paidOn(), r.receipts())));
        return all.stream().sorted(Comparator.comparing(Candidate::receivedOn)).toList();
    }

    /**
     * The preview's checks of 奖励发放's cash rows on transfers and licences (the only ones 58号 can apply to):
     * a named receipt must exist among the contract's receipts (stored or in the file) — an error; a payment with
     * no receipt to come from is a warning.
     */
    static void check(ImportData data, Map<String, ExistingDeal> deals, ErrorList errors, ErrorList notices) {
        SheetHeader header = data.rewards().header();
        Map<String, DealMode> modes = new HashMap<>();
        deals.forEach((no, deal) -> modes.put(no, deal.mode()));
        for (ContractRow c : data.contracts().rows()) {
            if (c.contractNo() != null && c.mode() != null) {
                modes.put(c.contractNo(), c.mode());
            }
        }
        Map<String, List<Candidate>> receipts = new HashMap<>();
        deals.forEach((no, deal) -> deal.receipts().forEach(r -> receipts.computeIfAbsent(no, k -> new ArrayList<>())
                .add(new Candidate(r.id(), r.receivedOn(), r.amount(), r.voucherNo()))));
        for (ReceiptRow r : data.receipts().rows()) {
            if (r.contractNo() != null && r.receivedOn() != null && r.amount() != null) {
                receipts.computeIfAbsent(r.contractNo(), k -> new ArrayList<>())
                        .add(new Candidate(null, r.receivedOn(), r.amount(), r.voucherNo()));
            }
        }
        Map<String, List<RewardPaidRow>> payments = new LinkedHashMap<>();
        for (RewardPaidRow r : data.rewards().rows()) {
            DealMode mode = r.contractNo() == null ? null : modes.get(r.contractNo());
            if (r.kind() != RewardKind.CASH || r.paidOn() == null || r.receipts() == null // the parser has said why
                    || mode != DealMode.TRANSFER && mode != DealMode.LICENSE) {
                continue;
            }
            List<Candidate> known = receipts.getOrDefault(r.contractNo(), List.of());
            if (!namedExist(header, r, known, errors)) {
                continue;
            }
            payments.computeIfAbsent(LedgerLookup.rewardKey(r.contractNo(), r.paidOn(), r.kind()),
                    k -> new ArrayList<>()).add(r);
        }
        payments.values().forEach(rows -> {
            RewardPaidRow first = rows.get(0);
            if (ofRows(receipts.getOrDefault(first.contractNo(), List.of()), rows).isEmpty()) {
                notices.add(header.sheet(), header.error(first.row(), PAID_ON, "ledger.warn.rewardWithoutReceipt",
                        first.contractNo(), first.paidOn()));
            }
        });
    }

    /**
     * Whether every receipt the row names is one of the contract's on or before the payment; else an error per
     * receipt: not found at all, or found only after the payment (a voucher's receipt — a date after the payment
     * the parser has refused already).
     */
    private static boolean namedExist(SheetHeader header, RewardPaidRow r, List<Candidate> known, ErrorList errors) {
        boolean all = true;
        for (Named n : r.receipts()) {
            if (!of(known, r.paidOn(), List.of(n)).isEmpty()) {
                continue;
            }
            all = false;
            Candidate later = known.stream().filter(c -> c.amount().signum() > 0 && n.matches(c)).findFirst()
                    .orElse(null);
            if (later != null) {
                errors.add(header.sheet(), header.error(r.row(), VOUCHER_NO, "ledger.rewards.voucherAfterPayment",
                        n.voucherNo(), later.receivedOn(), r.paidOn()));
            } else {
                errors.add(header.sheet(), header.error(r.row(), n.receivedOn() != null ? REWARD_RECEIVED_ON
                        : VOUCHER_NO, "ledger.rewards.receiptNotFound", r.contractNo(), n.toString()));
            }
        }
        return all;
    }
}
