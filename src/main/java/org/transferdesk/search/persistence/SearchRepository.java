package org.transferdesk.search.persistence;

import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PERSON;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.transferdesk.search.SearchHit;

/** The global search box: results by number or title, people by staff number or name, IP by number or title. */
public final class SearchRepository {
    private final DSLContext dsl;

    public SearchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // The JVM's locale on purpose: H2's LOWER() below lower-cases in it too (checked on a Turkish locale, issue 23),
    // and both sides must agree; Locale.ROOT here alone would make "IP" miss "ıp" there.
    @SuppressWarnings("StringCaseLocaleUsage")
    public List<SearchHit> search(String term, int limitPerKind) {
        String cleaned = term.strip().toLowerCase();
        if (cleaned.isEmpty()) {
            return List.of();
        }
        String like = "%" + cleaned.replace("%", "").replace("_", "") + "%";
        List<SearchHit> hits = new ArrayList<>();
        dsl.select(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE).from(DISCLOSURE)
                .where(DSL.lower(DISCLOSURE.RESULT_NO).like(like).or(DSL.lower(DISCLOSURE.TITLE).like(like)))
                .orderBy(DISCLOSURE.RESULT_NO.desc()).limit(limitPerKind)
                .forEach(r -> hits.add(new SearchHit(SearchHit.Kind.RESULT, r.value1(), r.value2(), r.value3())));
        dsl.select(PERSON.ID, PERSON.STAFF_NO, PERSON.NAME).from(PERSON)
                .where(DSL.lower(PERSON.STAFF_NO).like(like).or(DSL.lower(PERSON.NAME).like(like)))
                .orderBy(PERSON.STAFF_NO).limit(limitPerKind)
                .forEach(r -> hits.add(new SearchHit(SearchHit.Kind.PERSON, r.value1(), r.value2(), r.value3())));
        // Patent numbers are stored canonical (digits, dot, check); people type them with CN/ZL or spaces.
        String digits = cleaned.replaceAll("^(cn|zl)", "").replaceAll("\\s", "");
        dsl.select(IP_ASSET.DISCLOSURE_ID, IP_ASSET.APPLICATION_NO, DSL.coalesce(IP_ASSET.TITLE, DISCLOSURE.TITLE))
                .from(IP_ASSET).join(DISCLOSURE).on(DISCLOSURE.ID.eq(IP_ASSET.DISCLOSURE_ID))
                .where(DSL.lower(IP_ASSET.APPLICATION_NO).like("%" + digits + "%").or(DSL.lower(IP_ASSET.TITLE).like(like)))
                .orderBy(IP_ASSET.APPLICATION_NO).limit(limitPerKind)
                .forEach(r -> hits.add(new SearchHit(SearchHit.Kind.IP, r.value1(),
                        r.value2() == null ? "" : r.value2(), r.value3())));
        return hits;
    }

    /**
     * Every result's number and title, newest number first: few enough (a thousand) for a picker to match by the
     * pinyin of the title too, which no SQL LIKE can.
     */
    public List<SearchHit> results() {
        return dsl.select(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE).from(DISCLOSURE)
                .orderBy(DISCLOSURE.RESULT_NO.desc())
                .fetch(r -> new SearchHit(SearchHit.Kind.RESULT, r.value1(), r.value2(), r.value3()));
    }

    /** The results with these ids (number and title), in the order given. */
    public List<SearchHit> results(List<Long> ids) {
        Map<Long, SearchHit> byId = new HashMap<>();
        dsl.select(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE).from(DISCLOSURE).where(DISCLOSURE.ID.in(ids))
                .forEach(r -> byId.put(r.value1(), new SearchHit(SearchHit.Kind.RESULT, r.value1(), r.value2(),
                        r.value3())));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
