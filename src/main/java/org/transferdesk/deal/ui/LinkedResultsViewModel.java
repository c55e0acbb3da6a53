package org.transferdesk.deal.ui;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.search.SearchHit;
import org.transferdesk.search.SearchService;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/** The results a deal converts: added by result number (looked up in the background), removed. */
public final class LinkedResultsViewModel implements DealTab {
    private final SearchService search;
    private final TaskExecutor executor;
    private final ObservableList<ResultRef> results = FXCollections.observableArrayList();
    private final StringProperty lookup = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public LinkedResultsViewModel(SearchService search, TaskExecutor executor) {
        this.search = search;
        this.executor = executor;
    }

    /** Finds the result whose number is typed (exactly, or the only hit) and links it. */
    public void add() {
        String term = lookup.get() == null ? "" : lookup.get().strip();
        if (term.isEmpty()) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> search.search(term, 20)).onSuccess(hits -> {
            List<SearchHit> found = hits.stream().filter(h -> h.kind() == SearchHit.Kind.RESULT).toList();
            SearchHit hit = found.stream().filter(h -> term.equalsIgnoreCase(h.code())).findFirst()
                    .orElse(found.size() == 1 ? found.get(0) : null);
            if (hit == null) {
                message.set(I18n.t("dealEditor.results.notFound", term));
                return;
            }
            if (results.stream().noneMatch(r -> r.disclosureId() == hit.id())) {
                results.add(new ResultRef(hit.id(), hit.code(), hit.title()));
            }
            message.set("");
            lookup.set("");
        }));
    }

    public void remove(ResultRef ref) {
        results.remove(ref);
    }

    public ObservableList<ResultRef> results() {
        return results;
    }

    public StringProperty lookupProperty() {
        return lookup;
    }

    public StringProperty messageProperty() {
        return message;
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
