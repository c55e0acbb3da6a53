package org.transferdesk.common;

import java.util.concurrent.CancellationException;

/**
 * How long work reports progress and learns it was cancelled, without knowing about JavaFX.
 * The UI's task executor implements it; the CLI and tests use {@link #NONE}.
 */
public interface ProgressSink {
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code message} is already localized (or empty). */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /** Long loops call this between steps: it throws when the user cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }
}
