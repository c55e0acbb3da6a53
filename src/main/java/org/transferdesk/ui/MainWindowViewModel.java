package org.transferdesk.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.search.SearchHit;
import org.transferdesk.search.SearchService;

/** The shell: global search and the status bar's text. */
public final class MainWindowViewModel {
    private static final int HITS_PER_KIND = 8;

    private final SearchService search;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signedIn = new ReadOnlyStringWrapper("");
    private long searchGeneration;
    private String hitsTerm = "";

    public MainWindowViewModel(SearchService search, TaskExecutor executor, Navigator navigator) {
        this.search = search;
        this.executor = executor;
        this.navigator = navigator;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text);
    }

    /** Who is signed in (issue 22), and on the shared database where: the status bar's right end. */
    public ReadOnlyStringProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** {@code who}: "张敏（经办）"; {@code server}: the shared database, or null on the embedded one. */
    public void setSignedIn(String who, String server) {
        signedIn.set(server == null ? I18n.t("status.signedIn", who) : I18n.t("status.signedInShared", who, server));
    }

    /** Searches in the background; answers that arrive after a newer search are dropped. */
    public void runSearch() {
        search(false);
    }

    /** Enter in the search box: open the first hit, also when the answer is still on its way. */
    public void openFirstHit() {
        if (!hits.isEmpty() && hitsTerm.equals(searchText.get())) {
            open(hits.get(0));
        } else {
            search(true);
        }
    }

    private void search(boolean openFirst) {
        String term = searchText.get();
        long generation = ++searchGeneration;
        if (term == null || term.isBlank()) {
            hits.clear();
            return;
        }
        executor.execute(BackgroundTask.of(p -> search.search(term, HITS_PER_KIND))
                .onSuccess(found -> {
                    if (generation == searchGeneration) {
                        hitsTerm = term;
                        hits.setAll(found);
                        if (openFirst && !found.isEmpty()) {
                            open(found.get(0));
                        }
                        if (found.isEmpty()) {
                            status.set(I18n.t("search.none", term));
                        }
                    }
                }));
    }

    public void open(SearchHit hit) {
        switch (hit.kind()) {
            case RESULT, IP -> navigator.openResult(hit.id());
            case PERSON -> navigator.openPerson(hit.id());
            default -> throw new IllegalStateException(hit.kind().name());
        }
    }
}
