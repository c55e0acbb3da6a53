package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableMap;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Problem;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionWorkflow;

/**
 * The 代扣个税 typed per line before 发放 is recorded. An entry is checked as it is typed (an amount, not
 * negative, not above the line's amount, not on an equity line) so the clerk sees the problem at the
 * line, and checked again by the workflow when paid. An empty cell means "not recorded". Entries of
 * lines not paid this time stay for the next payment.
 */
final class TaxWithheldEntries {
    static final String FIELD = "taxWithheld";

    private final ObservableMap<String, String> fieldErrors;
    private final Map<Integer, BigDecimal> entries = new HashMap<>();

    TaxWithheldEntries(ObservableMap<String, String> fieldErrors) {
        this.fieldErrors = fieldErrors;
    }

    /** Whether a tax can be typed for this line now: unpaid cash lines that are not waived. */
    static boolean accepts(DistributionLine line) {
        return !line.isPaid() && !line.isEquity() && !line.waived();
    }

    /** Stores the tax typed for the line at {@code position}; false (with the field error) when refused. */
    boolean set(int position, DistributionLine line, String text) {
        fieldErrors.remove(FIELD);
        if (!accepts(line)) {
            return false;
        }
        if (text == null || text.isBlank()) {
            entries.remove(position);
            return true;
        }
        BigDecimal tax = Money.parse(text).orElse(null);
        if (tax == null) {
            fieldErrors.put(FIELD, I18n.t("taxwh.tax.invalid", line.name(), text.strip()));
            return false;
        }
        List<Problem> problems = DistributionWorkflow.taxProblems(line, tax);
        if (!problems.isEmpty()) {
            fieldErrors.put(FIELD, problems.get(0).message());
            return false;
        }
        entries.put(position, tax);
        return true;
    }

    /** What the tax column shows: the tax recorded on a paid line, or what was typed for an unpaid one. */
    String text(int position, DistributionLine line) {
        BigDecimal tax = line.isPaid() ? line.taxWithheld() : entries.get(position);
        return tax == null ? "" : Money.format(tax);
    }

    /** The entries for the lines about to be paid. */
    Map<Integer, BigDecimal> forLines(Set<Integer> positions) {
        Map<Integer, BigDecimal> chosen = new HashMap<>();
        positions.forEach(p -> {
            if (entries.containsKey(p)) {
                chosen.put(p, entries.get(p));
            }
        });
        return chosen;
    }

    /** Drops the entries of lines that are paid now (or gone). */
    void linesShown(List<DistributionLine> lines) {
        entries.keySet().removeIf(p -> p >= lines.size() || !accepts(lines.get(p)));
    }
}
