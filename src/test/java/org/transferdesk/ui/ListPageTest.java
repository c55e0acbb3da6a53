package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.disclosure.ResultStatus;

/**
 * The list-page machinery without the toolkit: filter, sort by a column's order, a reload keeping that order, the
 * first chunk shown early, and the export being exactly the columns over the rows shown.
 */
class ListPageTest {
    record Row(String no, String title, LocalDate on, ResultStatus status, Integer count, boolean secret) {
    }

    /** A page over rows the test hands in; its filter is the search text as a prefix of the title. */
    static class Page extends ListPage<Row> {
        List<Row> next = List.of();
        List<Row> firstChunk;
        final List<Integer> seenWhileLoading = new ArrayList<>();
        int facetRebuilds;

        Page() {
            super(new CurrentThreadTaskExecutor(), List.of(
                    ListColumn.text("result.resultNo", 110, Row::no),
                    ListColumn.text("result.title", 300, Row::title),
                    ListColumn.date("result.disclosedOn", 100, Row::on),
                    ListColumn.labeled("result.status", 90, Row::status),
                    ListColumn.<Row>of("people.resultCount", 70, Row::count).aligned(ListColumn.Align.RIGHT),
                    ListColumn.<Row>yesNo("result.confidential", 80, Row::secret).exportOnly()));
        }

        @Override
        protected List<Row> read(ProgressSink progress, Consumer<List<Row>> firstRows) {
            if (firstChunk != null) {
                firstRows.accept(firstChunk);
                seenWhileLoading.add(rows().size());
            }
            return next;
        }

        @Override
        protected Predicate<Row> predicate() {
            String text = searchTextProperty().get();
            return r -> r.title().startsWith(text);
        }

        @Override
        protected String loadingText(int soFar) {
            return I18n.t("results.loadingTotals", soFar);
        }

        @Override
        protected String totalsText(int all, int shown) {
            return I18n.t("results.totals", all, shown);
        }

        @Override
        protected void loaded() {
            facetRebuilds++;
        }
    }

    private static Row row(String no, String title, Integer count) {
        return new Row(no, title, LocalDate.of(2024, 3, 1), ResultStatus.DISCLOSED, count, false);
    }

    private static final List<Row> ROWS = List.of(row("R-3", "张三的成果", 3), row("R-1", "李四的成果", 10),
            row("R-2", "王五的成果", 2), row("R-4", "阿里的成果", null));

    private static Page loaded(List<Row> rows) {
        Page page = new Page();
        page.next = rows;
        page.load();
        return page;
    }

    private static void sortBy(Page page, int column) {
        page.sortedRows().comparatorProperty().set(page.columns().get(column).order());
    }

    private static List<String> shownNos(Page page) {
        return page.rows().stream().map(Row::no).toList();
    }

    @Test
    void loadsInLoadOrder_andCountsAllAndShown() {
        Page page = loaded(ROWS);
        assertThat(shownNos(page)).containsExactly("R-3", "R-1", "R-2", "R-4");
        assertThat(page.totalsProperty().get()).isEqualTo("共 4 项成果，显示 4 项");
        assertThat(page.loadingProperty().get()).isFalse();
        assertThat(page.facetRebuilds).isEqualTo(1);
    }

    @Test
    void theSearchTextFilters_andClearingShowsAllAgain() {
        Page page = loaded(ROWS);
        page.searchTextProperty().set("王");
        assertThat(shownNos(page)).containsExactly("R-2");
        assertThat(page.shownCount()).isEqualTo(1);
        assertThat(page.totalCount()).isEqualTo(4);
        assertThat(page.totalsProperty().get()).isEqualTo("共 4 项成果，显示 1 项");
        page.clearFilters();
        assertThat(page.searchTextProperty().get()).isEmpty();
        assertThat(page.shownCount()).isEqualTo(4);
    }

    /** Chinese text in pinyin order (阿 a, 李 li, 王 wang, 张 zhang), numbers by value, empty cells first. */
    @ParameterizedTest
    @CsvSource({
        "1, R-4 R-1 R-2 R-3",
        "0, R-1 R-2 R-3 R-4",
        "4, R-4 R-2 R-3 R-1"})
    void aColumnOrdersTheRows(int column, String expected) {
        Page page = loaded(ROWS);
        sortBy(page, column);
        assertThat(shownNos(page)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest
    @CsvSource({
        "阿, 张, -1",
        "张, 阿, 1",
        "李, 王, -1",
        "abc, abd, -1",
        "同, 同, 0"})
    void textIsComparedByPinyin(String a, String b, int sign) {
        assertThat(Integer.signum(ListColumn.ORDER.compare(a, b))).isEqualTo(sign);
    }

    @Test
    void emptyValuesComeFirst_andOtherValuesInTheirNaturalOrder() {
        assertThat(ListColumn.ORDER.compare(null, "a")).isNegative();
        assertThat(ListColumn.ORDER.compare("a", null)).isPositive();
        assertThat(ListColumn.ORDER.compare(null, null)).isZero();
        assertThat(ListColumn.ORDER.compare(2, 10)).isNegative();
        assertThat(ListColumn.ORDER.compare(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1))).isNegative();
    }

    @Test
    void aReloadKeepsTheOrderAndTheFilter() {
        Page page = loaded(ROWS);
        sortBy(page, 1);
        page.searchTextProperty().set("王");
        page.next = List.of(row("R-5", "王六的成果", 1), row("R-2", "王五的成果", 2), row("R-9", "赵九的成果", 9));
        page.load();
        assertThat(shownNos(page)).containsExactly("R-5", "R-2");
        page.searchTextProperty().set("");
        assertThat(shownNos(page)).containsExactly("R-5", "R-2", "R-9");
        assertThat(page.totalsProperty().get()).isEqualTo("共 3 项成果，显示 3 项");
        assertThat(page.facetRebuilds).isEqualTo(2);
    }

    @Test
    void theFirstChunkShowsWhileTheRestIsRead() {
        Page page = new Page();
        page.firstChunk = ROWS.subList(0, 2);
        page.next = ROWS;
        page.load();
        assertThat(page.seenWhileLoading).containsExactly(2);
        assertThat(shownNos(page)).containsExactly("R-3", "R-1", "R-2", "R-4");
        assertThat(page.totalsProperty().get()).isEqualTo("共 4 项成果，显示 4 项");
    }

    @Test
    void whileLoadingTheTotalsSayHowManyArrived() {
        Page page = new Page() {
            @Override
            protected List<Row> read(ProgressSink progress, Consumer<List<Row>> firstRows) {
                firstRows.accept(ROWS.subList(0, 3));
                assertThat(loadingProperty().get()).isTrue();
                assertThat(totalsProperty().get()).isEqualTo("正在加载…已读取 3 项");
                return ROWS;
            }
        };
        page.load();
        assertThat(page.loadingProperty().get()).isFalse();
        assertThat(page.totalsProperty().get()).isEqualTo("共 4 项成果，显示 4 项");
    }

    @Test
    void theExportIsTheColumnsOverTheRowsShown_inTheirOrder() {
        Page page = loaded(List.of(ROWS.get(0), ROWS.get(1),
                new Row("R-7", "李七的成果", null, null, 7, true)));
        sortBy(page, 1);
        page.searchTextProperty().set("李");
        assertThat(page.exportHeaders()).containsExactly("成果编号", "成果名称", "披露日期", "状态", "成果数", "涉密");
        // 李七 (qi) before 李四 (si) in pinyin; an absent label is an empty export cell, while the table shows ""
        assertThat(page.visibleRowsForExport()).containsExactly(
                Arrays.asList("R-7", "李七的成果", null, null, 7, "是"),
                Arrays.asList("R-1", "李四的成果", LocalDate.of(2024, 3, 1), ResultStatus.DISCLOSED.label(), 10, "否"));
        assertThat(page.columns().get(3).cell().apply(page.rows().get(0))).isEqualTo("");
    }

    /** The page with a status facet, named as its combo's prompt names it. */
    static final class FacetedPage extends Page {
        final ListFacet<Row, ResultStatus> status = facet(Row::status, ResultStatus.values(), "filter.allStatuses");
        final ListFacet<Row, String> unnamed = facetFromRows(Row::no, String::compareTo, "filter.allTypes");

        FacetedPage() {
            status.named(" 状态 ");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "null       | null  | ''  | 筛选：无（全部记录）",
        "DISCLOSED  | null  | ''  | 筛选：状态 = 已披露",
        "null       | null  | ' 深圳 ' | 筛选：搜索 “深圳”",
        "DISCLOSED  | R-1   | 深圳 大学 | 筛选：状态 = 已披露；R-1；搜索 “深圳 大学”"})
    void theFilterIsToldInWords_forAPrintedExport(ResultStatus status, String no, String search, String expected) {
        FacetedPage page = new FacetedPage();
        page.status.set(status);
        page.unnamed.set(no);
        page.searchTextProperty().set(search);
        assertThat(page.filterDescription()).isEqualTo(expected);
    }

    @Test
    void theAmountColumnsAreThoseShownAsMoney() {
        ListPage<Row> page = new Page() {
        };
        assertThat(page.exportAmountColumns()).isEmpty();
        ListPage<Row> withMoney = new ListPage<>(new CurrentThreadTaskExecutor(), List.of(
                ListColumn.text("result.title", 300, Row::title),
                ListColumn.money("dealList.contractAmount", 120, r -> java.math.BigDecimal.ONE),
                ListColumn.<Row>of("people.resultCount", 70, Row::count).aligned(ListColumn.Align.RIGHT),
                ListColumn.money("reward.pool", 120, r -> java.math.BigDecimal.TEN))) {
            @Override
            protected List<Row> read(ProgressSink progress, Consumer<List<Row>> firstRows) {
                return List.of();
            }

            @Override
            protected Predicate<Row> predicate() {
                return r -> true;
            }

            @Override
            protected String totalsText(int all, int shown) {
                return "";
            }
        };
        assertThat(withMoney.exportAmountColumns()).containsExactly(1, 3);
    }

    @Test
    void theTableShowsAllButTheExportOnlyColumns() {
        Page page = new Page();
        assertThat(page.columns()).extracting(ListColumn::inTable)
                .containsExactly(true, true, true, true, true, false);
        assertThat(page.columns()).extracting(ListColumn::align).containsExactly(ListColumn.Align.LEFT,
                ListColumn.Align.LEFT, ListColumn.Align.LEFT, ListColumn.Align.LEFT, ListColumn.Align.RIGHT,
                ListColumn.Align.LEFT);
        assertThat(page.columns().get(1).header()).isEqualTo("成果名称");
    }

    @Test
    void aColumnMayOrderRowsByMoreThanItsText_andStyleCellsByRow() {
        ListColumn<Row> c = ListColumn.<Row>text("result.title", 100, Row::title)
                .sortedBy(java.util.Comparator.comparing(Row::count))
                .styled(r -> r.count() > 5 ? "many" : null)
                .exportingShown();
        assertThat(c.order().compare(ROWS.get(0), ROWS.get(1))).isNegative();
        assertThat(c.styleClass().apply(ROWS.get(1))).isEqualTo("many");
        assertThat(c.styleClass().apply(ROWS.get(0))).isNull();
        assertThat(c.export().apply(ROWS.get(0))).isEqualTo("张三的成果");
        assertThat(c.width()).isEqualTo(100);
    }

    /** The search box's words: each must occur in the row's text (lower case), in any order; blank passes all. */
    @ParameterizedTest
    @CsvSource({
            "'',              true",
            "'   ',           true",
            "锂电池,            true",
            "电池 锂,           true",
            "'  LITHIUM  锂 ', true",
            "锂 钠,             false",
            "lithium-ion,     false"})
    void searchMatch_passesARowWhoseTextHoldsEveryWordTyped(String typed, boolean passes) {
        Page page = new Page();
        List<Row> asked = new ArrayList<>();
        page.searchTextProperty().set(typed);
        Predicate<Row> match = page.searchMatch(r -> {
            asked.add(r);
            return "锂电池 lithium battery";
        });
        assertThat(match.test(ROWS.get(0))).isEqualTo(passes);
        // nothing typed: the row's text is not even built (a 100,000-row list filters per keystroke)
        assertThat(asked).hasSize(typed.isBlank() ? 0 : 1);
    }

    /** Outside a list page (the due list) the same rule applies to the text given; nothing typed (null) passes all. */
    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL,        true",
            "'',          true",
            "电池 锂,      true",
            "'  LITHIUM ', true",
            "锂 钠,        false"})
    void searchMatch_ofAGivenText_passesARowWhoseTextHoldsEveryWord(String typed, boolean passes) {
        Predicate<Row> match = ListPage.searchMatch(typed, r -> "锂电池 lithium battery");
        assertThat(match.test(ROWS.get(0))).isEqualTo(passes);
    }
}
