package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.ui.ListPageTest.Row;

/**
 * Issue 24, item 13: a list page's on/off filters (the pilots' "only overdue or due", the institutions' "still running
 * only") are declared once with their label, filter the rows, are cleared with the others, and are told in a printed
 * export's filter line, between the facets and the search text, in the app's language.
 */
class ListToggleWordingTest {
    /** A page with a status facet and two toggles: confidential rows only, rows with a count only. */
    static final class ToggledPage extends ListPageTest.Page {
        final ListFacet<Row, ResultStatus> status = facet(Row::status, ResultStatus.values(), "filter.allStatuses");
        final ListToggle<Row> dueOnly = toggle("pilotList.dueOnly", Row::secret);
        final ListToggle<Row> running = toggle("institutions.activeOnly", r -> r.count() != null);

        ToggledPage() {
            status.named("状态");
        }

        @Override
        protected Predicate<Row> predicate() {
            return facetsMatch().and(searchMatch(Row::title));
        }
    }

    private static final List<Row> ROWS = List.of(
            new Row("R-1", "深圳的成果", LocalDate.of(2024, 3, 1), ResultStatus.DISCLOSED, 3, true),
            new Row("R-2", "深圳的专利", LocalDate.of(2024, 3, 2), ResultStatus.DISCLOSED, null, true),
            new Row("R-3", "北京的成果", LocalDate.of(2024, 3, 3), ResultStatus.DISCLOSED, 5, false));

    @AfterEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private static ToggledPage page(boolean due, boolean running, ResultStatus status, String search) {
        ToggledPage page = new ToggledPage();
        page.next = ROWS;
        page.load();
        page.dueOnly.set(due);
        page.running.set(running);
        page.status.set(status);
        page.searchTextProperty().set(search);
        return page;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "false | false | null      | ''   | 筛选：无（全部记录）",
        "true  | false | null      | ''   | 筛选：只看逾期/待提醒",
        "true  | false | null      | 深圳 | 筛选：只看逾期/待提醒；搜索 “深圳”",
        "false | true  | DISCLOSED | 深圳 | 筛选：状态 = 已披露；仅显示仍在运行的；搜索 “深圳”",
        "true  | true  | null      | ''   | 筛选：只看逾期/待提醒；仅显示仍在运行的"})
    void aToggleThatIsOn_isToldInTheFilterLine_inChinese(boolean due, boolean running, ResultStatus status,
                                                         String search, String expected) {
        assertThat(page(due, running, status, search).filterDescription()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "false | false | ''       | 'Filter: none (all records)'",
        "true  | false | ''       | 'Filter: Overdue or due only'",
        "true  | false | Shenzhen | 'Filter: Overdue or due only; search \"Shenzhen\"'",
        "true  | true  | ''       | 'Filter: Overdue or due only; Still running only'"})
    void aToggleThatIsOn_isToldInTheFilterLine_inEnglish(boolean due, boolean running, String search,
                                                         String expected) {
        I18n.setLocale(I18n.ENGLISH);
        assertThat(page(due, running, null, search).filterDescription()).isEqualTo(expected);
    }

    @Test
    void aToggleFiltersTheRows_andClearingFiltersTurnsItOff() {
        ToggledPage page = page(true, false, null, "");
        assertThat(page.rows()).extracting(Row::no).containsExactly("R-1", "R-2");
        page.running.set(true);
        assertThat(page.rows()).extracting(Row::no).containsExactly("R-1");

        page.clearFilters();
        assertThat(page.dueOnly.get()).isFalse();
        assertThat(page.running.get()).isFalse();
        assertThat(page.rows()).hasSize(3);
        assertThat(page.toggles()).containsExactly(page.dueOnly, page.running);
        assertThat(page.dueOnly.text()).isEqualTo("只看逾期/待提醒");
    }
}
