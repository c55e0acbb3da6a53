package org.transferdesk.search;

import java.util.List;
import org.transferdesk.search.persistence.SearchRepository;

public final class SearchService {
    private final SearchRepository repository;

    public SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    /** Up to {@code limitPerKind} results, people and IP assets matching the term. */
    public List<SearchHit> search(String term, int limitPerKind) {
        return term == null || term.strip().length() < 1 ? List.of() : repository.search(term, limitPerKind);
    }

    /** Every result (number and title), for a picker that matches them itself (by pinyin too). */
    public List<SearchHit> results() {
        return repository.results();
    }
}
