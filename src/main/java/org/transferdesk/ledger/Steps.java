package org.transferdesk.ledger;

import org.transferdesk.common.ProgressSink;

/** Row-by-row progress: checks for cancellation every row, reports every few hundred rows. */
final class Steps {
    private static final int REPORT_EVERY = 250;

    private final ProgressSink sink;
    private final long total;
    private long done;

    Steps(ProgressSink sink, long total) {
        this.sink = sink;
        this.total = total;
    }

    /** {@code message} is localized by the caller; it is only shown when a report is due. */
    void step(java.util.function.Supplier<String> message) {
        sink.checkCancelled();
        done++;
        if (done % REPORT_EVERY == 0 || done == total) {
            sink.progress(done, total, message.get());
        }
    }
}
