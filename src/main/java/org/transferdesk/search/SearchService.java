package org.transferdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.transferdesk.search.persistence.SearchRepository;

public final class SearchService {
    private final SearchRepository repository;
    private final ResultTextSearch text;

    public SearchService(SearchRepository repository, ResultTextSearch text) {
        this.repository = repository;
        this.text = text;
    }

    /**
     * Up to {@code limitPerKind} results, people and IP assets matching the term: numbers and names as typed (a
     * number typed whole stays the first hit, for Enter to open), then the results whose texts hold its words.
     */
    public List<SearchHit> search(String term, int limitPerKind) {
        if (term == null || term.isBlank()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>(repository.search(term, limitPerKind));
        Set<Long> found = hits.stream().filter(h -> h.kind() == SearchHit.Kind.RESULT).map(SearchHit::id)
                .collect(Collectors.toSet());
        List<Long> more = text.resultIds(term, limitPerKind).stream().filter(id -> !found.contains(id))
                .limit(Math.max(0, limitPerKind - found.size())).toList();
        if (!more.isEmpty()) {
            int afterResults = (int) hits.stream().filter(h -> h.kind() == SearchHit.Kind.RESULT).count();
            hits.addAll(afterResults, repository.results(more));
        }
        return hits;
    }

    /** Every result (number and title), for a picker that matches them itself (by pinyin too). */
    public List<SearchHit> results() {
        return repository.results();
    }
}
