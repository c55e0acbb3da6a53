package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.transferdesk.common.link.RecordRef;

/**
 * Amount figures summed as the records behind them are traced (R-REPORT-TRACE): a figure and its trace lines are
 * added in one step, so they cannot drift apart. One per count; the trace book is the report's.
 */
final class TracedSums {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final TraceBook trace;
    private final Map<String, BigDecimal> sums = new HashMap<>();

    TracedSums(TraceBook trace) {
        this.trace = trace;
    }

    /** Adds {@code amount} to the figure at {@code path} and files the record under it. */
    void add(String path, RecordRef record, LocalDate date, BigDecimal amount) {
        sums.put(path, of(path).add(amount));
        trace.add(path, record, date, amount);
    }

    /** The figure at {@code path}: 0.00 when nothing was added to it. */
    BigDecimal of(String path) {
        return sums.getOrDefault(path, ZERO);
    }
}
