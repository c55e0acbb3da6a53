package org.transferdesk.search;

import java.util.List;

/**
 * The results whose texts hold the words of a search, best first: the matching feature's Chinese full-text index
 * (words found through its analyzer, not substrings). A port, so the search box depends on no feature above it.
 */
@FunctionalInterface
public interface ResultTextSearch {
    List<Long> resultIds(String text, int limit);
}
