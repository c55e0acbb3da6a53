package org.transferdesk.deal.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.search.SearchService;
import org.transferdesk.ui.TaskExecutor;

/**
 * The results a deal converts, picked by number, title or the title's pinyin (issue 24, item 6), and removed. There is
 * no "新建成果…": a result is a disclosure with its inventors, shares, department and a number the office assigns on
 * intake, none of which a deal's picker can ask for; it is recorded in 成果 first.
 */
public final class LinkedResultsViewModel implements DealTab {
    private final SearchService search;
    private final TaskExecutor executor;
    private final ObservableList<ResultRef> results = FXCollections.observableArrayList();
    /** Read on the first keystroke, off the UI thread, and kept while the editor is open. */
    private volatile List<ResultRef> all;

    public LinkedResultsViewModel(SearchService search, TaskExecutor executor) {
        this.search = search;
        this.executor = executor;
    }

    /** What runs {@link #candidates} for the picker. */
    public TaskExecutor executor() {
        return executor;
    }

    /** How the picker lists a result: its number, then its title. */
    public static String shown(ResultRef r) {
        return r.resultNo() + "  " + (r.title() == null ? "" : r.title());
    }

    /** Off the UI thread: the results the picker matches what is typed against (every result, read once). */
    public List<ResultRef> candidates(String typed) {
        List<ResultRef> known = all;
        if (known == null) {
            known = search.results().stream().map(h -> new ResultRef(h.id(), h.code(), h.title())).toList();
            all = known;
        }
        return known;
    }

    /** Links the picked result; one already linked is not linked twice. */
    public void link(ResultRef picked) {
        if (picked != null && results.stream().noneMatch(r -> r.disclosureId() == picked.disclosureId())) {
            results.add(picked);
        }
    }

    public void remove(ResultRef ref) {
        results.remove(ref);
    }

    public ObservableList<ResultRef> results() {
        return results;
    }

    @Override
    public void show(Deal deal) {
        results.setAll(deal.results());
    }

    @Override
    public Deal contribute(Deal edited) {
        return DealBuilder.toBuilder(edited).results(List.copyOf(results)).build();
    }
}
