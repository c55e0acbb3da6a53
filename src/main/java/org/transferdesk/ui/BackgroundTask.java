package org.transferdesk.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.transferdesk.common.ProgressSink;

/**
 * Work for a {@link TaskExecutor}: runs off the UI thread; the callbacks run on the UI thread.
 * Plain Java so view models that create tasks stay testable without the toolkit.
 */
public final class BackgroundTask<T> {
    /** The work itself: may report progress and must honour cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressSink progress) throws Exception;
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private BiConsumer<Double, String> onProgress = (p, m) -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> run(Runnable runnable) {
        return new BackgroundTask<>(p -> {
            runnable.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<T> consumer) {
        this.onSuccess = consumer;
        return this;
    }

    /** Without a failure handler the executor hands the error to the application's error handler. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> consumer) {
        this.onFailure = consumer;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable runnable) {
        this.onCancelled = runnable;
        return this;
    }

    /** Progress 0..1 (or negative when unknown) and a message. */
    public BackgroundTask<T> onProgress(BiConsumer<Double, String> consumer) {
        this.onProgress = consumer;
        return this;
    }

    /** Runs after success, failure or cancellation (e.g. to clear a busy flag). */
    public BackgroundTask<T> onFinished(Runnable runnable) {
        this.onFinished = runnable;
        return this;
    }

    public Work<T> work() {
        return work;
    }

    public Consumer<T> successHandler() {
        return onSuccess;
    }

    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    public Runnable cancelledHandler() {
        return onCancelled;
    }

    public BiConsumer<Double, String> progressHandler() {
        return onProgress;
    }

    public Runnable finishedHandler() {
        return onFinished;
    }
}
