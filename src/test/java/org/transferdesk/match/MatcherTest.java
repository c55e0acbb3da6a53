package org.transferdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.transferdesk.common.I18n;

/** Matching on a small Chinese corpus: relevant results first, nothing for words every text shares. */
class MatcherTest {
    private static final List<ResultDoc> RESULTS = List.of(
            result(1, "R-2024-001", "硅碳复合负极材料的制备方法",
                    "本成果针对锂离子电池领域现有技术循环寿命短的问题，提出了一种硅碳复合负极材料的制备方法。", "新能源",
                    List.of("一种硅碳复合负极材料及其制备方法"), List.of("H01M 4/36")),
            result(2, "R-2024-002", "一种激光焊接装置及其控制方法",
                    "本成果针对汽车车身焊接领域现有技术焊缝质量不稳定的问题，提出了一种激光焊接装置。", "智能制造",
                    List.of("激光焊接装置"), List.of("B23K 26/21")),
            result(3, "R-2024-003", "一种中药提取物的制备方法",
                    "本成果针对中药领域现有技术提取率低的问题，提出了一种中药有效成分的提取方法。", "医药",
                    List.of(), List.of()),
            result(4, "R-2024-004", "一种高镍三元正极材料及其制备方法",
                    "本成果针对新能源汽车领域现有技术能量密度低的问题，提出了一种锂电池正极材料。", "新能源",
                    List.of(), List.of("H01M 4/525")),
            result(5, "R-2024-005", "基于飞秒激光的微孔加工方法",
                    "本成果针对精密加工领域现有技术热影响区大的问题，提出了一种激光微孔加工方法。", "光电技术",
                    List.of(), List.of()),
            result(6, "R-2024-006", "设备健康管理平台V2.0",
                    "本成果针对工业设备运维领域现有技术故障发现晚的问题，开发了设备健康管理平台。", "人工智能",
                    List.of(), List.of()));

    private static final List<NeedDoc> NEEDS = List.of(
            new NeedDoc(101, "某电池公司", "锂电池 负极材料", "寻求高容量硅碳负极材料技术，提升电池能量密度", "新能源", null),
            new NeedDoc(102, "某汽车零部件公司", "车身激光焊接", "希望解决铝合金车身焊接变形问题", "智能制造", null),
            new NeedDoc(103, "某药企", "中药有效成分提取", "提高中药提取率", "医药", null));

    private final Matcher matcher = new Matcher(() -> RESULTS, () -> NEEDS);

    private static ResultDoc result(long id, String no, String title, String summary, String field,
                                    List<String> ipTitles, List<String> ipc) {
        return new ResultDoc(id, no, title, summary, field, ipTitles, ipc);
    }

    static Stream<Arguments> needs() {
        return Stream.of(
                // need (title, description, field, IPC), the results expected first (in order), results never listed
                Arguments.of(new NeedQuery("锂电池 负极材料", "", "", null), List.of(1L), List.of(2L, 3L, 5L, 6L)),
                Arguments.of(new NeedQuery("锂电池 负极材料", "希望提升电池循环寿命", "新能源", "H01M 4/38"),
                        List.of(1L, 4L), List.of(2L, 3L, 5L, 6L)),
                // result 4 shares 汽车 (新能源汽车) only: listed, after both laser results
                Arguments.of(new NeedQuery("激光焊接", "汽车车身焊接", "智能制造", null), List.of(2L, 5L, 4L),
                        List.of(1L, 3L, 6L)),
                Arguments.of(new NeedQuery("中药提取", "", "医药", null), List.of(3L), List.of(1L, 2L, 4L, 5L, 6L)),
                // the need's title says what it is: its words outweigh a description that wanders
                Arguments.of(new NeedQuery("负极材料", "用于汽车车身的动力电池", "", null), List.of(1L, 4L),
                        List.of(3L, 5L, 6L)),
                Arguments.of(new NeedQuery("Laser welding", "", "", null), List.of(), List.of(1L, 3L, 4L, 6L)));
    }

    @ParameterizedTest
    @MethodSource("needs")
    void relevantResultsComeFirst_unrelatedOnesNotAtAll(NeedQuery need, List<Long> first, List<Long> never) {
        List<Long> ranked = matcher.forNeed(need).stream().map(Match::id).toList();

        assertThat(ranked.subList(0, Math.min(first.size(), ranked.size()))).isEqualTo(first);
        assertThat(ranked).doesNotContainAnyElementsOf(never);
    }

    static Stream<Arguments> wordsThatMatchNothing() {
        return Stream.of(
                Arguments.of(new NeedQuery("", "", "", null)),
                Arguments.of(new NeedQuery(null, null, "新能源", "H01M")),
                Arguments.of(new NeedQuery("的", "一种及其制备方法", "", null)),
                Arguments.of(new NeedQuery("本成果针对现有技术的问题", "", "", null)),
                Arguments.of(new NeedQuery("。，、！", "the of and", "", null)));
    }

    @ParameterizedTest
    @MethodSource("wordsThatMatchNothing")
    void emptyNeedsStopWordsAndCommonCharactersMatchNothing(NeedQuery need) {
        assertThat(matcher.forNeed(need)).isEmpty();
    }

    @Test
    void aQueryOfOneCharacterFindsTheTextsThatHoldIt() {
        assertThat(matcher.forNeed(new NeedQuery("锂", "", "", null))).extracting(Match::id)
                .containsExactlyInAnyOrder(1L, 4L);
    }

    @Test
    void aSingleCharacterOnlyAddsToAMatchOfWords() {
        List<Match> matches = matcher.forNeed(new NeedQuery("锂 新 高 焊接", "", "", null));

        assertThat(matches).extracting(Match::id).containsExactly(2L);
    }

    @Test
    void theExplanationNamesTheMatchedTermsAndWhereTheyWereFound() {
        I18n.setLocale(I18n.CHINESE);
        Match best = matcher.forNeed(new NeedQuery("锂电池 负极材料", "", "新能源", "H01M 4/36")).get(0);

        assertThat(best.terms()).contains("负极", "材料").doesNotContain("锂电池");
        assertThat(best.fields()).contains(MatchField.TITLE, MatchField.SUMMARY, MatchField.IP);
        assertThat(best.sameField()).isTrue();
        assertThat(best.ipcSubclass()).isEqualTo("H01M");
        assertThat(best.share()).isEqualTo(1.0);
        assertThat(best.explanation()).contains("“负极”", "“材料”", "标题", "技术领域一致", "IPC 分类一致（H01M）");
    }

    @Test
    void theExplanationReadsInEnglishToo() {
        I18n.setLocale(I18n.ENGLISH);
        try {
            Match best = matcher.forNeed(new NeedQuery("Anode 负极", "", "新能源", null)).get(0);
            assertThat(best.explanation()).startsWith("Matched \"负极\" in the title").contains("Same technical field");
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }
    }

    @Test
    void fieldAndIpcAgreementRaiseAMatch() {
        NeedQuery plain = new NeedQuery("正极材料 负极材料", "", "", null);
        NeedQuery agreeing = new NeedQuery("正极材料 负极材料", "", "新能源", "H01M 4/525");

        float without = score(plain, 4);
        float with = score(agreeing, 4);

        assertThat(with).isEqualTo(without + MatchIndex.SAME_FIELD_BONUS + MatchIndex.SAME_IPC_BONUS);
    }

    private float score(NeedQuery need, long resultId) {
        return matcher.forNeed(need).stream().filter(m -> m.id() == resultId).findFirst().orElseThrow().score();
    }

    static Stream<Arguments> resultsAndTheirNeeds() {
        return Stream.of(
                Arguments.of(1L, List.of(101L)),
                Arguments.of(2L, List.of(102L)),
                Arguments.of(3L, List.of(103L)),
                Arguments.of(6L, List.of()));
    }

    @ParameterizedTest
    @MethodSource("resultsAndTheirNeeds")
    void aResultFindsTheOpenNeedsItMayServe(long resultId, List<Long> needs) {
        assertThat(matcher.needsFor(resultId)).extracting(Match::id).startsWith(needs.toArray(Long[]::new));
        if (needs.isEmpty()) {
            assertThat(matcher.needsFor(resultId)).isEmpty();
        }
    }

    @Test
    void anUnknownResultHasNoNeeds() {
        assertThat(matcher.needsFor(999)).isEmpty();
    }

    @Test
    void theTextSearchFindsResultsByTheirWords() {
        assertThat(matcher.resultIds("激光", 10)).containsExactlyInAnyOrder(2L, 5L);
        assertThat(matcher.resultIds("负极", 10)).containsExactly(1L);
        assertThat(matcher.resultIds("R-2024-001", 10)).isEmpty();
    }

    @Test
    void aChangeRebuildsTheIndexOnTheNextSearch() {
        List<ResultDoc> stored = new java.util.ArrayList<>(RESULTS.subList(0, 1));
        Matcher live = new Matcher(() -> List.copyOf(stored), List::of);
        assertThat(live.resultIds("激光", 10)).isEmpty();

        stored.add(RESULTS.get(1));
        assertThat(live.resultIds("激光", 10)).isEmpty();
        live.invalidate();

        assertThat(live.resultIds("激光", 10)).containsExactly(2L);
    }
}
