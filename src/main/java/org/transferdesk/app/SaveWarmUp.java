package org.transferdesk.app;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the deal save's rehearsal once, after the home screen is filled (issue 20: the JVM's first save cost two to
 * three times a later one). Its own low-priority daemon thread, not the task pool: a clerk's tasks never queue
 * behind it, and it holds up neither the window nor the exit. It writes nothing, so a failure (the database
 * closing under it at exit) is only logged.
 */
final class SaveWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(SaveWarmUp.class);
    static final String THREAD = "td-save-warm-up";

    private final AtomicBoolean started = new AtomicBoolean();
    /** The thread the rehearsal finished on, null until it has (what the GUI's test waits for). */
    private volatile Thread finishedOn;

    /** Starts {@code rehearsal} on its thread the first time; false (and nothing run) every later time. */
    // the lowest priority is the point: on a two-core PC the clerk's own work goes first
    @SuppressWarnings("ThreadPriorityCheck")
    boolean start(Runnable rehearsal) {
        if (!started.compareAndSet(false, true)) {
            return false;
        }
        Thread thread = new Thread(() -> {
            try {
                rehearsal.run();
                finishedOn = Thread.currentThread();
            } catch (RuntimeException e) {
                LOG.warn("The save's warm-up failed; the first save will only be slower", e);
            }
        }, THREAD);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return true;
    }

    Thread finishedOn() {
        return finishedOn;
    }
}
