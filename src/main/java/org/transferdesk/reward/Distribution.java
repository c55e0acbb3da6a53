package org.transferdesk.reward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.deal.DealMode;

/**
 * 奖励分配: the reward of one or more receipts of a deal (or of an equity stake, a year's profit, a patent
 * grant), with its arithmetic, the costs it deducted, the policy it used and one line per person.
 * {@code basisDate} is the date whose policy applies: the (latest) receipt date, the signing date for
 * equity, the end of the profit year, the grant date.
 */
public record Distribution(Long id, DistributionKind kind, Long dealId, String contractNo, DealMode mode, String title,
                           Long ipAssetId, Integer profitYear, LocalDate basisDate, AppliedPolicy policy,
                           List<DistributedReceipt> receipts, List<CostDeduction> deductions, Figures figures,
                           Workflow workflow, String overrideReason, boolean imported, List<DistributionLine> lines,
                           int version) {

    public Distribution {
        receipts = List.copyOf(receipts);
        deductions = List.copyOf(deductions);
        lines = List.copyOf(lines);
        workflow = workflow == null ? Workflow.DRAFT : workflow;
    }

    public boolean isNew() {
        return id == null;
    }

    public DistributionStatus status() {
        return workflow.status();
    }

    public BigDecimal linesTotal() {
        return lines.stream().map(DistributionLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * R-UNIT-SPLIT: the university part's lines (学校, 学院, technology-transfer office) as stored with the
     * distribution; they add up to {@code figures().universityPart()}. Empty when the policy in force split
     * nothing — then the whole university part stays with 学校.
     */
    public List<UnitPart> unitParts() {
        return figures.unitParts();
    }

    /**
     * The earliest receipt, or null when the distribution names none (an imported payment whose receipt is
     * unknown): never the basis date, which would pass R-TAX58's 36 months for a payment that has no receipt.
     */
    public LocalDate firstReceiptDate() {
        return receipts.stream().map(DistributedReceipt::receivedOn).min(LocalDate::compareTo).orElse(null);
    }

    public Distribution withLines(List<DistributionLine> newLines, String reason) {
        return new Distribution(id, kind, dealId, contractNo, mode, title, ipAssetId, profitYear, basisDate, policy,
                receipts, deductions, figures, workflow, reason, imported, newLines, version);
    }

    public Distribution withWorkflow(Workflow newWorkflow) {
        return new Distribution(id, kind, dealId, contractNo, mode, title, ipAssetId, profitYear, basisDate, policy,
                receipts, deductions, figures, newWorkflow, overrideReason, imported, lines, version);
    }
}
