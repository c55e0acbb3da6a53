package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Issue 20: the save's warm-up runs once, on its own low-priority daemon thread, and a failure only logs. */
class SaveWarmUpTest {
    @Test
    void runsOnce_onItsOwnLowPriorityDaemonThread() throws Exception {
        SaveWarmUp warmUp = new SaveWarmUp();
        List<Thread> ranOn = new CopyOnWriteArrayList<>();
        CountDownLatch ran = new CountDownLatch(1);

        boolean first = warmUp.start(() -> {
            ranOn.add(Thread.currentThread());
            ran.countDown();
        });
        boolean second = warmUp.start(() -> ranOn.add(Thread.currentThread()));

        assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        ranOn.get(0).join(30_000);
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(ranOn).hasSize(1);
        Thread thread = ranOn.get(0);
        assertThat(thread).isNotSameAs(Thread.currentThread());
        assertThat(thread.getName()).isEqualTo(SaveWarmUp.THREAD);
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    }

    @Test
    void aFailingRehearsal_isLoggedNotThrown() throws Exception {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        AtomicReference<Throwable> uncaught = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);

        new SaveWarmUp().start(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.set(e));
            ranOn.set(Thread.currentThread());
            ran.countDown();
            throw new IllegalStateException("database closed");
        });

        assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        ranOn.get().join(30_000);
        assertThat(ranOn.get().isAlive()).isFalse();
        assertThat(uncaught.get()).isNull();
    }
}
