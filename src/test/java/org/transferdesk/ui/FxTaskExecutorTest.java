package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Held work starts after the first frame; closing lets running work finish without an interrupt and reports nothing. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    @Test
    void heldWork_waitsForRelease_andThenRunsInOrder() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(failures::add);
        List<String> done = new CopyOnWriteArrayList<>();
        executor.hold();
        executor.execute(BackgroundTask.of(p -> "first").onSuccess(done::add));
        executor.execute(BackgroundTask.of(p -> "second").onSuccess(done::add));

        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done).isEmpty();

        executor.release();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> done.size() == 2);
        assertThat(done).containsExactlyInAnyOrder("first", "second");
        executor.close();
        assertThat(failures).isEmpty();
    }

    @Test
    void close_letsRunningWorkFinishUninterrupted_andReportsNothingAfterwards() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(failures::add);
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean reported = new AtomicBoolean();
        executor.execute(BackgroundTask.of(p -> {
            running.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            finished.set(true);
            return "done";
        }).onSuccess(v -> reported.set(true)));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        executor.close();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(finished).isTrue();
        assertThat(interrupted).isFalse();
        assertThat(reported).isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void whenIdle_waitsForEveryTaskAndTheTasksTheirHandlersStart_includingAFailedOne() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(failures::add);
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        executor.hold();
        executor.execute(BackgroundTask.of(p -> {
            go.await(5, TimeUnit.SECONDS);
            return "home";
        }).onSuccess(v -> {
            events.add(v);
            // a follow-up started by a handler (as the home screen's figures start the badge's) counts too
            executor.execute(BackgroundTask.of(p -> "badge").onSuccess(events::add));
        }));
        executor.execute(BackgroundTask.<String>of(p -> {
            throw new IllegalStateException("refused");
        }).onFailure(e -> events.add("failed")));
        WaitForAsyncUtils.asyncFx(() -> executor.whenIdle(() -> events.add("idle")));
        executor.release();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events).doesNotContain("idle");

        go.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> events.contains("idle"));
        assertThat(events).containsExactlyInAnyOrder("home", "badge", "failed", "idle").endsWith("idle");
        executor.close();
        assertThat(failures).isEmpty();
    }

    @Test
    void whenIdle_withNothingGiven_runsAtOnce() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(failures::add);
        AtomicBoolean ran = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> executor.whenIdle(() -> ran.set(true)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, ran::get);
        executor.close();
    }
}
