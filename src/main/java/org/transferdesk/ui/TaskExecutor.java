package org.transferdesk.ui;

import java.util.concurrent.Executor;

/** Runs work off the UI thread; view models never touch the database on the UI thread. */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Runs small UI updates on the UI thread (e.g. publishing a chunk of rows while loading). */
    Executor uiThread();

    /** Lets the user (or a closing window) stop running work. */
    interface TaskHandle {
        void cancel();

        boolean isDone();
    }
}
