package org.transferdesk.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.transferdesk.common.ProgressSink;

/** Runs tasks on a small pool of daemon threads and reports back on the JavaFX thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool;
    private final Consumer<Throwable> defaultFailureHandler;

    public FxTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "td-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> background) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                ProgressSink sink = new ProgressSink() {
                    @Override
                    public void progress(long done, long total, String message) {
                        updateProgress(done, total);
                        updateMessage(message == null ? "" : message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelledTask();
                    }
                };
                return background.work().run(sink);
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        task.progressProperty().addListener((o, a, b) ->
                background.progressHandler().accept(b.doubleValue(), task.getMessage()));
        task.setOnSucceeded(e -> {
            background.successHandler().accept(task.getValue());
            background.finishedHandler().run();
        });
        task.setOnCancelled(e -> {
            background.cancelledHandler().run();
            background.finishedHandler().run();
        });
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof CancellationException) {
                background.cancelledHandler().run();
            } else if (background.failureHandler() != null) {
                background.failureHandler().accept(error);
            } else {
                defaultFailureHandler.accept(error);
            }
            background.finishedHandler().run();
        });
        pool.submit(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                // No interrupt: an interrupt during H2's file I/O can close the database's file channel.
                // Work checks ProgressSink.isCancelled() between steps and rolls back.
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public Executor uiThread() {
        return Platform::runLater;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
