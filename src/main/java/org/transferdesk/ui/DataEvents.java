package org.transferdesk.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Tells open screens that records changed, so lists refresh without reloading everything. */
public final class DataEvents {
    /** What changed: a saved result or person (by id), or everything (import, demo data). */
    public record Change(Kind kind, long id) {
        public enum Kind { RESULT, PERSON, DEPARTMENT, ALL, DEAL, DISTRIBUTION, PILOT, DUE, NEED }
    }

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Change>> caches = new CopyOnWriteArrayList<>();

    /**
     * A cache of derived data (the due list's items) is told of every change before any screen, so a screen
     * reloading in the background never reads it stale; it outlives {@link #clear()}.
     */
    public void keepCurrent(Consumer<Change> cache) {
        caches.add(cache);
    }

    /** A screen's hold on the events: cancelled when the screen closes, so a closed window hears nothing. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    /** Listens until the returned subscription is cancelled (or until {@link #clear()}). */
    public Subscription subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many screens listen now (a closed window must not be among them). */
    public int subscribers() {
        return listeners.size();
    }

    /** Forgets every listener: the screens that registered them are being rebuilt. */
    public void clear() {
        listeners.clear();
    }

    public void publish(Change change) {
        caches.forEach(c -> c.accept(change));
        listeners.forEach(l -> l.accept(change));
    }

    public void resultSaved(long id) {
        publish(new Change(Change.Kind.RESULT, id));
    }

    public void personSaved(long id) {
        publish(new Change(Change.Kind.PERSON, id));
    }

    public void dealSaved(long id) {
        publish(new Change(Change.Kind.DEAL, id));
    }

    public void distributionSaved(long id) {
        publish(new Change(Change.Kind.DISTRIBUTION, id));
    }

    /** A company's technical need was saved or moved (issue 25). */
    public void needSaved(long id) {
        publish(new Change(Change.Kind.NEED, id));
    }

    public void pilotSaved(long id) {
        publish(new Change(Change.Kind.PILOT, id));
    }

    /** A reminder was marked done or a patent fee recorded as paid. */
    public void dueChanged() {
        publish(new Change(Change.Kind.DUE, 0));
    }

    public void allChanged() {
        publish(new Change(Change.Kind.ALL, 0));
    }
}
