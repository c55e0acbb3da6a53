package org.transferdesk.match;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Matching results with companies' needs (供需对接), and the global search's text. It keeps one {@link MatchIndex},
 * built from its sources when first asked and again after {@link #invalidate()} (results, IP or needs changed):
 * callers run on background threads, and a search during a rebuild waits for it rather than reading a stale index.
 */
public final class Matcher {
    /** How many matches a list shows. */
    public static final int LIMIT = 30;

    /** The results as matching reads them (number, texts, field, IP titles and classes). */
    @FunctionalInterface
    public interface ResultDocs {
        List<ResultDoc> all();
    }

    /** The open needs (the register of companies' needs supplies them; none until it does). */
    @FunctionalInterface
    public interface NeedDocs {
        List<NeedDoc> open();
    }

    private final ResultDocs results;
    private final NeedDocs needs;
    /** Bumped by each change; the index is current when it was built at the latest one. */
    private final AtomicLong changes = new AtomicLong();
    private MatchIndex index;
    private long builtAt = -1;

    public Matcher(ResultDocs results, NeedDocs needs) {
        this.results = results;
        this.needs = needs;
    }

    /** The results for a need, best first. */
    public List<Match> forNeed(NeedQuery need) {
        return index().resultsFor(need, LIMIT);
    }

    /** The open needs a result may serve, best first. */
    public List<Match> needsFor(long resultId) {
        return index().needsFor(resultId, LIMIT);
    }

    /** The ids of the results whose texts hold the words of {@code text}, best first. */
    public List<Long> resultIds(String text, int limit) {
        return index().resultIds(text, limit);
    }

    /** The data changed: the next search rebuilds the index. Never waits (the UI thread calls it). */
    public void invalidate() {
        changes.incrementAndGet();
    }

    /** The current index, built first if the data changed since. */
    public synchronized MatchIndex index() {
        long now = changes.get();
        if (index == null || builtAt != now) {
            index = MatchIndex.build(results.all(), needs.open());
            builtAt = now;
        }
        return index;
    }
}
