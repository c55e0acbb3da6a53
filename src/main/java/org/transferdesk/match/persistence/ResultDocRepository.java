package org.transferdesk.match.persistence;

import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.transferdesk.match.Matcher;
import org.transferdesk.match.ResultDoc;

/**
 * The results as matching reads them, in two queries for all (a result editor's aggregate per result would be a
 * thousand). The IP register records no IPC class yet, so none is read.
 */
public final class ResultDocRepository implements Matcher.ResultDocs {
    private final DSLContext dsl;

    public ResultDocRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ResultDoc> all() {
        Map<Long, List<String>> ipTitles = new HashMap<>();
        dsl.select(IP_ASSET.DISCLOSURE_ID, IP_ASSET.TITLE).from(IP_ASSET).where(IP_ASSET.TITLE.isNotNull())
                .forEach(r -> ipTitles.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return dsl.select(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE, DISCLOSURE.ABSTRACT_TEXT,
                        DISCLOSURE.TECHNICAL_FIELD).from(DISCLOSURE).orderBy(DISCLOSURE.ID)
                .fetch(r -> new ResultDoc(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        ipTitles.getOrDefault(r.value1(), List.of()), List.of()));
    }
}
