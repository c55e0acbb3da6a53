package org.transferdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.transferdesk.db.Database;

/**
 * "Working together" tests: N clerks, each on their own PC (a {@link TestDatabase#secondConnection} of one
 * database), all released at the same moment so their saves race as they would in the office.
 */
public final class ClerksAtOnce {
    private ClerksAtOnce() {
    }

    /** A clerk's save: what it saved, or why it failed. */
    public record Outcome<T>(T saved, Throwable failure) {
    }

    /** Prepares one clerk's work on their PC; the returned call is what runs once all clerks are released. */
    public interface Work<T> {
        Callable<T> prepare(Database pc, int clerk) throws Exception;
    }

    /** Runs each clerk's work on their own PC connected to {@code first}; the outcomes in the clerks' order. */
    public static <T> List<Outcome<T>> run(Database first, int clerks, Work<T> work) throws Exception {
        List<Database> pcs = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(clerks);
        try {
            for (int i = 0; i < clerks; i++) {
                pcs.add(TestDatabase.secondConnection(first));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < clerks; i++) {
                Callable<T> clerkWork = work.prepare(pcs.get(i), i);
                running.add(threads.submit(() -> {
                    go.await();
                    return clerkWork.call();
                }));
            }
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> f : running) {
                try {
                    outcomes.add(new Outcome<>(f.get(120, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
            pcs.forEach(Database::close);
        }
    }
}
