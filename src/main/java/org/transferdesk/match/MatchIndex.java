package org.transferdesk.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of results and open needs, built whole from their records and then only read (searches
 * may run on several threads at once). Relevance is BM25 over the words the query and a document share — a title's
 * words weigh more than an abstract's ({@link MatchField}) — plus a bonus when the technical field is the same and
 * when the IPC subclass agrees. A document must share at least one word of two or more characters with the query
 * (or, for a query of single characters only, one of those): one common character ("高", "新") never makes a match.
 */
public final class MatchIndex {
    /** Added to a match whose technical field is the need's: about one more title word. */
    static final float SAME_FIELD_BONUS = 1.5f;
    /** Added when the IPC subclasses agree: a patent examiner's classification says more than a shared word. */
    static final float SAME_IPC_BONUS = 2.5f;
    /** A single character found adds this share of what a word would. */
    private static final float SINGLE_CHARACTER_WEIGHT = 0.3f;
    /** A word of the need's (or result's) title counts this many times one of its description. */
    private static final float HEADING_WEIGHT = 2f;
    /** Long descriptions are cut to their first words, well under Lucene's clause limit. */
    private static final int MAX_QUERY_TERMS = 80;

    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String CODE = "code";
    private static final String SAME_FIELD = "fieldExact";
    private static final String IPC = "ipc";

    enum Kind { RESULT, NEED }

    private final IndexSearcher searcher;
    private final Map<Long, ResultDoc> results = new HashMap<>();

    private MatchIndex(ByteBuffersDirectory directory, List<ResultDoc> results) throws IOException {
        // Read-only from here on; the reader (and the directory's bytes) go with the index when it is replaced.
        this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        results.forEach(r -> this.results.put(r.id(), r));
    }

    public static MatchIndex build(List<ResultDoc> results, List<NeedDoc> needs) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(MatchText.ANALYZER))) {
            for (ResultDoc r : results) {
                Document doc = document(Kind.RESULT, r.id(), r.resultNo(), r.field());
                text(doc, MatchField.TITLE, r.title());
                text(doc, MatchField.SUMMARY, r.summary());
                text(doc, MatchField.IP, String.join("\n", r.ipTitles()));
                r.ipcClasses().stream().map(IpcClass::subclass).flatMap(Optional::stream).distinct()
                        .forEach(s -> doc.add(new StringField(IPC, s, Field.Store.YES)));
                writer.addDocument(doc);
            }
            for (NeedDoc n : needs) {
                Document doc = document(Kind.NEED, n.id(), n.company(), n.field());
                text(doc, MatchField.TITLE, n.title());
                text(doc, MatchField.SUMMARY, n.description());
                IpcClass.subclass(n.ipcClass()).ifPresent(s -> doc.add(new StringField(IPC, s, Field.Store.YES)));
                writer.addDocument(doc);
            }
            writer.commit();
            return new MatchIndex(directory, results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Kind kind, long id, String code, String field) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind.name(), Field.Store.NO));
        doc.add(new StoredField(ID, id));
        doc.add(new StoredField(CODE, code == null ? "" : code));
        text(doc, MatchField.FIELD, field);
        if (field != null && !field.isBlank()) {
            doc.add(new StringField(SAME_FIELD, field.strip(), Field.Store.NO));
        }
        return doc;
    }

    private static void text(Document doc, MatchField field, String text) {
        doc.add(new TextField(field.key(), text == null ? "" : text, Field.Store.YES));
    }

    public int resultCount() {
        return results.size();
    }

    /** The technical fields the results name, sorted, for a need to pick one that agrees. */
    public List<String> fields() {
        return results.values().stream().map(ResultDoc::field).filter(f -> f != null && !f.isBlank())
                .map(String::strip).distinct().sorted(org.transferdesk.common.Pinyin.ORDER).toList();
    }

    /** The results for a need, best first, at most {@code limit}; none for a need without words. */
    public List<Match> resultsFor(NeedQuery need, int limit) {
        return rank(Kind.RESULT, need.title(), need.description(), need.field(),
                IpcClass.subclass(need.ipcClass()).stream().toList(), limit);
    }

    /** The indexed needs for a result, best first; none for a result the index does not hold. */
    public List<Match> needsFor(long resultId, int limit) {
        ResultDoc r = results.get(resultId);
        if (r == null) {
            return List.of();
        }
        String text = String.join("\n", r.summary() == null ? "" : r.summary(), String.join("\n", r.ipTitles()));
        return rank(Kind.NEED, r.title(), text, r.field(),
                r.ipcClasses().stream().map(IpcClass::subclass).flatMap(Optional::stream).distinct().toList(), limit);
    }

    /** The ids of the results whose texts hold the words of {@code text}, best first (the global search). */
    public List<Long> resultIds(String text, int limit) {
        return rank(Kind.RESULT, text, "", null, List.of(), limit).stream().map(Match::id).toList();
    }

    /**
     * The documents of {@code kind} for a query: the words of its {@code heading} (a need's or result's title) count
     * twice those of its {@code body}, since a title says what the thing is and a description also says much else.
     */
    private List<Match> rank(Kind kind, String heading, String body, String field, List<String> ipcSubclasses,
                             int limit) {
        Map<String, String> headingTerms = MatchText.terms(heading);
        Map<String, String> terms = new LinkedHashMap<>(headingTerms);
        MatchText.terms(body).forEach(terms::putIfAbsent);
        if (terms.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        terms.keySet().stream().limit(MAX_QUERY_TERMS)
                .forEach(t -> (MatchText.isSingleHan(t) ? singles : words).add(t));
        java.util.function.Function<String, Float> weight = t -> headingTerms.containsKey(t) ? HEADING_WEIGHT : 1f;
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, kind.name())), Occur.FILTER)
                .add(anyOf(words.isEmpty() ? singles : words, weight), Occur.MUST);
        if (!words.isEmpty()) {
            singles.forEach(s -> query.add(new BoostQuery(inAnyField(s), SINGLE_CHARACTER_WEIGHT * weight.apply(s)),
                    Occur.SHOULD));
        }
        if (field != null && !field.isBlank()) {
            query.add(bonus(SAME_FIELD, field.strip(), SAME_FIELD_BONUS), Occur.SHOULD);
        }
        ipcSubclasses.forEach(s -> query.add(bonus(IPC, s, SAME_IPC_BONUS), Occur.SHOULD));
        try {
            ScoreDoc[] hits = searcher.search(query.build(), limit).scoreDocs;
            List<Match> matches = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                matches.add(match(searcher.storedFields().document(hit.doc), hit.score, hits[0].score, terms,
                        field, ipcSubclasses));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query anyOf(List<String> terms, java.util.function.Function<String, Float> weight) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach(t -> any.add(new BoostQuery(inAnyField(t), weight.apply(t)), Occur.SHOULD));
        return any.build();
    }

    /** A word counts once, where it weighs most, with a little for each other text it is also in. */
    private static Query inAnyField(String term) {
        List<Query> perField = new ArrayList<>();
        for (MatchField f : MatchField.values()) {
            perField.add(new BoostQuery(new TermQuery(new Term(f.key(), term)), f.boost()));
        }
        return new DisjunctionMaxQuery(perField, 0.1f);
    }

    private static Query bonus(String luceneField, String value, float bonus) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(luceneField, value))), bonus);
    }

    /** Which of the query's words the document holds, and where: its stored texts analysed as they were indexed. */
    private static Match match(Document doc, float score, float best, Map<String, String> queryTerms, String field,
                               List<String> ipcSubclasses) {
        Map<MatchField, Set<String>> found = new EnumMap<>(MatchField.class);
        for (MatchField f : MatchField.values()) {
            found.put(f, MatchText.terms(doc.get(f.key())).keySet());
        }
        Set<String> matched = new LinkedHashSet<>();
        Set<MatchField> where = EnumSet.noneOf(MatchField.class);
        queryTerms.forEach((term, written) -> found.forEach((f, docTerms) -> {
            if (docTerms.contains(term)) {
                matched.add(written);
                where.add(f);
            }
        }));
        String docField = doc.get(MatchField.FIELD.key());
        boolean sameField = field != null && !field.isBlank() && docField != null && docField.strip()
                .equals(field.strip());
        String sharedIpc = String.join(", ", java.util.Arrays.stream(doc.getValues(IPC))
                .filter(ipcSubclasses::contains).toList());
        String title = doc.get(MatchField.TITLE.key());
        return new Match(doc.getField(ID).numericValue().longValue(), doc.get(CODE), title, score,
                best <= 0 ? 0 : score / best, List.copyOf(matched), where, sameField, sharedIpc);
    }
}
