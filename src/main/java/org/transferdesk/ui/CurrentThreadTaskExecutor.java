package org.transferdesk.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.transferdesk.common.ProgressSink;

/**
 * Runs tasks synchronously on the calling thread: deterministic view-model tests and headless
 * benchmarks. Failures without a handler are rethrown so tests see them.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressSink sink = new ProgressSink() {
            @Override
            public void progress(long done, long total, String message) {
                task.progressHandler().accept(total <= 0 ? -1.0 : (double) done / total, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        try {
            T result = task.work().run(sink);
            task.successHandler().accept(result);
        } catch (CancellationException e) {
            task.cancelledHandler().run();
        } catch (Exception e) {
            if (task.failureHandler() == null) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            task.failureHandler().accept(e);
        } finally {
            task.finishedHandler().run();
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    @Override
    public Executor uiThread() {
        return Runnable::run;
    }
}
