package org.transferdesk.due;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.deal.DealMode;
import org.transferdesk.reward.DistributedReceipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.Figures;
import org.transferdesk.reward.LineRole;
import org.transferdesk.reward.Workflow;

/** Builds {@link Distribution} records directly (no database): the reminders only read the record. */
final class DueTestDistributions {
    private final long id;
    private DistributionKind kind = DistributionKind.CASH;
    private DealMode mode = DealMode.LICENSE;
    private Workflow workflow = Workflow.DRAFT;
    private boolean imported;
    private final List<DistributedReceipt> receipts = new ArrayList<>();
    private final List<DistributionLine> lines = new ArrayList<>();

    private DueTestDistributions(long id) {
        this.id = id;
    }

    static DueTestDistributions distribution(long id) {
        return new DueTestDistributions(id);
    }

    DueTestDistributions kind(DistributionKind k) {
        this.kind = k;
        return this;
    }

    DueTestDistributions mode(DealMode m) {
        this.mode = m;
        return this;
    }

    DueTestDistributions status(DistributionStatus s) {
        this.workflow = new Workflow(s, null, null, null, null, null,
                s == DistributionStatus.REVOKED ? LocalDate.of(2026, 1, 5) : null,
                s == DistributionStatus.REVOKED ? "重新分配" : null);
        return this;
    }

    DueTestDistributions publicising(LocalDate from, LocalDate to) {
        this.workflow = new Workflow(DistributionStatus.PUBLICISING, from, to, null, null, null, null, null);
        return this;
    }

    /** Paid after a reward publicity with its document (R-PUB-REWARD), as R-TAX58 needs. */
    DueTestDistributions paidAfterPublicity() {
        this.workflow = new Workflow(DistributionStatus.PAID, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 24),
                "公示〔2025〕1号", "关于成果转化奖励的公示结果", null, null, null, null, false);
        return this;
    }

    DueTestDistributions imported() {
        this.imported = true;
        return this;
    }

    DueTestDistributions receipt(long receiptId, LocalDate on, String amount) {
        receipts.add(new DistributedReceipt(receiptId, on, new BigDecimal(amount), "PZ-" + receiptId));
        return this;
    }

    /** A person's line, paid on {@code paidOn} (null: unpaid). */
    DueTestDistributions line(String amount, LocalDate paidOn) {
        return line(amount, paidOn, false);
    }

    DueTestDistributions line(String amount, LocalDate paidOn, boolean waived) {
        long n = lines.size() + 1;
        lines.add(new DistributionLine(n, n, "R00" + n, "教师" + n, LineRole.INVENTOR, new BigDecimal("0.5"),
                new BigDecimal(amount), null, false, null, waived, "policy", paidOn,
                paidOn == null ? null : "GZ-" + n, null));
        return this;
    }

    Distribution build() {
        BigDecimal gross = receipts.stream().map(DistributedReceipt::amount).reduce(new BigDecimal("0.00"),
                BigDecimal::add);
        BigDecimal pool = lines.stream().map(DistributionLine::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
        Figures figures = new Figures(gross, new BigDecimal("0.00"), gross, new BigDecimal("0.70"), pool,
                gross.subtract(pool), null);
        LocalDate basis = receipts.stream().map(DistributedReceipt::receivedOn).max(LocalDate::compareTo)
                .orElse(LocalDate.of(2026, 1, 1));
        return new Distribution(id, kind, 1L, "HT-1", mode, "成果1", null, null, basis, null, receipts, List.of(),
                figures, workflow, null, imported, lines, 1);
    }
}
