package org.transferdesk.people;

import java.util.List;
import java.util.Map;

/**
 * What the people screens read about the results people invented: declared here and implemented by the
 * disclosure feature, which depends on people (a result names its inventors) and not the other way round.
 */
public interface InventorResults {
    /** The results {@code personId} is an inventor of, with their share. */
    List<PersonResultRow> findByInventor(long personId);

    /** How many results each person (by id) is an inventor of; people with none are absent. */
    Map<Long, Integer> countByInventor();
}
