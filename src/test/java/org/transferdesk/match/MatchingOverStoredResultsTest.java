package org.transferdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.InMemoryAppContext;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.search.SearchHit;

/**
 * Matching and the global search over results as stored: the index reads titles, abstracts, fields and IP titles
 * from the database, and the search box finds results by their words besides numbers and names.
 */
@Tag(TestDatabase.TAG)
class MatchingOverStoredResultsTest {
    @TempDir
    Path tmp;

    private AppContext context;
    private DisclosureRepository results;

    @BeforeEach
    void setUp() {
        context = InMemoryAppContext.open(tmp);
        results = new DisclosureRepository(context.database().dsl());
        save("R-2024-0001", "硅碳复合负极材料的制备方法", "本成果针对锂离子电池循环寿命短的问题。", "新能源",
                "一种用于锂电池的硅碳复合材料");
        save("R-2024-0002", "一种激光焊接装置及其控制方法", "本成果针对汽车车身焊缝质量不稳定的问题。", "智能制造", null);
        save("R-2024-0003", "一种中药提取物的制备方法", "提高中药有效成分的提取率。", "医药", null);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private void save(String no, String title, String summary, String field, String ipTitle) {
        Disclosure d = DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED).resultNo(no).title(title)
                .disclosedOn(LocalDate.of(2024, 3, 1)).resultType(ResultType.INVENTION_PATENT).technicalField(field)
                .abstractText(summary)
                .ipAssets(ipTitle == null ? List.of() : List.of(new IpAsset(null, IpType.INVENTION_PATENT, null,
                        ipTitle, LocalDate.of(2023, 1, 5), null, IpStatus.FILED, "本校"))).build();
        results.save(d, "test", LocalDateTime.of(2024, 3, 1, 9, 0));
    }

    @Test
    void aNeedFindsTheStoredResultByItsTitleAbstractAndIpTitle() {
        Match best = context.matcher().forNeed(new NeedQuery("锂电池 负极材料", "", "新能源", null)).get(0);

        assertThat(best.code()).isEqualTo("R-2024-0001");
        assertThat(best.fields()).contains(MatchField.TITLE, MatchField.SUMMARY, MatchField.IP);
        assertThat(best.sameField()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            // typed, the hit Enter opens (first), a hit that must not be there ("-" for none)
            "R-2024-0002, R-2024-0002, R-2024-0001",   // a number: the SQL lookup, as before
            "锂电池 负极, R-2024-0001, R-2024-0002",     // words apart, in another order: only the analyzer finds them
            "焊缝, R-2024-0002, R-2024-0003",            // a word of the abstract
            "中药提取, R-2024-0003, R-2024-0001"})
    void theSearchBoxFindsResultsByNumberAndByTheirWords(String typed, String first, String absent) {
        List<String> codes = context.search().search(typed, 10).stream()
                .filter(h -> h.kind() == SearchHit.Kind.RESULT).map(SearchHit::code).toList();

        assertThat(codes).first().isEqualTo(first);
        assertThat(codes).doesNotContain(absent).doesNotHaveDuplicates();
    }

    @Test
    void aResultSavedAfterTheIndexWasBuiltIsFoundOnceTheIndexIsToldOfTheChange() {
        assertThat(context.matcher().resultIds("微孔", 10)).isEmpty();
        save("R-2024-0004", "基于飞秒激光的微孔加工方法", "", "光电技术", null);

        context.matcher().invalidate();

        assertThat(context.search().search("飞秒激光 微孔", 10)).extracting(SearchHit::code).contains("R-2024-0004");
    }
}
