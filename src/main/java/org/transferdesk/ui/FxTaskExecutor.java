package org.transferdesk.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadPoolExecutor;
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
    private final ThreadPoolExecutor pool;
    private final Consumer<Throwable> defaultFailureHandler;
    /** Tasks held back until {@link #release()}; null when nothing is held. */
    private java.util.List<Runnable> held;
    /** Set by {@link #close()}. */
    private volatile boolean closed;
    /** Tasks given and not yet reported back on the UI thread; only touched on the UI thread and in execute. */
    private final AtomicInteger unfinished = new AtomicInteger();
    /** Run once nothing is unfinished (see {@link #whenIdle}). */
    private final java.util.List<Runnable> idleWaiters = new java.util.ArrayList<>();

    public FxTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        AtomicInteger n = new AtomicInteger();
        this.pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "td-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> background) {
        // Cancelling only asks the work to stop at its next check; the UI then reports what really
        // happened (rolled back → cancelled, already committed → success), never a guess.
        java.util.concurrent.atomic.AtomicBoolean cancelRequested = new java.util.concurrent.atomic.AtomicBoolean();
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
                        return cancelRequested.get();
                    }
                };
                return background.work().run(sink);
            }
        };
        task.progressProperty().addListener((o, a, b) ->
                background.progressHandler().accept(b.doubleValue(), task.getMessage()));
        unfinished.incrementAndGet();
        task.setOnSucceeded(e -> thenCount(() -> unlessClosed(() -> {
            background.successHandler().accept(task.getValue());
            background.finishedHandler().run();
        })));
        task.setOnCancelled(e -> thenCount(() -> unlessClosed(() -> {
            background.cancelledHandler().run();
            background.finishedHandler().run();
        })));
        task.setOnFailed(e -> thenCount(() -> unlessClosed(() -> {
            Throwable error = task.getException();
            if (error instanceof CancellationException) {
                background.cancelledHandler().run();
            } else if (background.failureHandler() != null) {
                background.failureHandler().accept(error);
            } else {
                defaultFailureHandler.accept(error);
            }
            background.finishedHandler().run();
        })));
        submit(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                // No Task.cancel and no interrupt: an interrupt during H2's file I/O can close the
                // database's file channel. Work checks ProgressSink.isCancelled() and rolls back.
                cancelRequested.set(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    /**
     * On the UI thread, once every task given so far has reported back and the tasks its handlers gave too: what
     * {@code --startup-check} waits for to call the home screen filled (issue 20: the first useful screen, not the
     * first frame).
     */
    public void whenIdle(Runnable action) {
        if (unfinished.get() == 0) {
            Platform.runLater(action);
        } else {
            idleWaiters.add(action);
        }
    }

    /** A task's report, then one fewer unfinished; the idle waiters run when none is left. */
    private void thenCount(Runnable report) {
        try {
            report.run();
        } finally {
            if (unfinished.decrementAndGet() == 0 && !idleWaiters.isEmpty()) {
                java.util.List<Runnable> waiting = java.util.List.copyOf(idleWaiters);
                idleWaiters.clear();
                waiting.forEach(Runnable::run);
            }
        }
    }

    /** Once closed, work still finishing reports to nobody: the windows are gone. */
    private void unlessClosed(Runnable report) {
        if (!closed) {
            report.run();
        }
    }

    /**
     * Holds the tasks given from now on until {@link #release()}. At start-up the first window is drawn before
     * the pages' loading competes with it for the (often two) cores of an office PC.
     */
    public synchronized void hold() {
        if (held == null) {
            held = new java.util.ArrayList<>();
        }
    }

    /** Starts the held tasks, in the order they were given, and stops holding. */
    public synchronized void release() {
        if (held != null) {
            held.forEach(pool::execute);
            held = null;
        }
    }

    private synchronized void submit(Runnable task) {
        if (held != null) {
            held.add(task);
        } else {
            // execute, not submit: the Task reports its own failure; a Future around it would only hide one
            pool.execute(task);
        }
    }

    @Override
    public Executor uiThread() {
        return Platform::runLater;
    }

    /**
     * Lets running work finish (for a few seconds at most) and drops work not yet started. No interrupt: it
     * would close H2's file channel under a running query, and the backup on exit would then fail.
     */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            held = null;
        }
        pool.shutdown();
        pool.getQueue().clear();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
