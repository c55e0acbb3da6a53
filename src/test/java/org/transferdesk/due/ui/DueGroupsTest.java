package org.transferdesk.due.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.due.DueRanking;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;

class DueGroupsTest {
    /** A Sunday: this week is 16–22 November, so tomorrow is already next week. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static DueItem item(String key, DueKind kind, LocalDate dueOn) {
        return new DueItem(key, kind, "R", dueOn, new RecordRef(RecordType.DEAL, 1, "HT-1"), "act", null, null);
    }

    private static DueItem item(String key, LocalDate dueOn) {
        return item(key, DueKind.INSTALMENT, dueOn);
    }

    private static String range(LocalDate monday, int count) {
        return I18n.t("due.group.range", monday, monday.plusDays(6), count);
    }

    @Test
    void byWeek_overdueFirstThenWeeksFromMonday() {
        List<DueItem> items = List.of(item("a", LocalDate.of(2026, 11, 2)), item("b", LocalDate.of(2026, 11, 21)),
                item("c", TODAY), item("d", LocalDate.of(2026, 11, 23)), item("e", LocalDate.of(2026, 11, 29)),
                item("f", LocalDate.of(2026, 12, 1)), item("g", LocalDate.of(2027, 1, 4)));

        List<DueGroup> groups = DueGroups.of(items, Grouping.WEEK, new DueRanking(TODAY, 7));

        assertThat(groups).extracting(DueGroup::title).containsExactly(
                I18n.t("due.group.overdue", 2),
                I18n.t("due.group.thisWeek", range(LocalDate.of(2026, 11, 16), 1)),
                I18n.t("due.group.nextWeek", range(LocalDate.of(2026, 11, 23), 2)),
                range(LocalDate.of(2026, 11, 30), 1),
                range(LocalDate.of(2027, 1, 4), 1));
        assertThat(groups).extracting(g -> g.items().stream().map(DueItem::key).toList()).containsExactly(
                List.of("a", "b"), List.of("c"), List.of("d", "e"), List.of("f"), List.of("g"));
        assertThat(groups).extracting(DueGroup::overdue).containsExactly(true, false, false, false, false);
    }

    @Test
    void byWeek_onAMonday_theWeekStartsToday() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        List<DueGroup> groups = DueGroups.of(List.of(item("d", monday), item("e", LocalDate.of(2026, 11, 30))),
                Grouping.WEEK, new DueRanking(monday, 7));

        assertThat(groups).extracting(DueGroup::title).containsExactly(
                I18n.t("due.group.thisWeek", range(monday, 1)),
                I18n.t("due.group.nextWeek", range(LocalDate.of(2026, 11, 30), 1)));
    }

    @Test
    void byWeek_noOverdue_noOverdueGroup_andEmptyListNoGroups() {
        assertThat(DueGroups.of(List.of(item("x", LocalDate.of(2027, 2, 3))), Grouping.WEEK, new DueRanking(TODAY, 7)))
                .singleElement().satisfies(g -> {
                    assertThat(g.overdue()).isFalse();
                    assertThat(g.title()).isEqualTo(range(LocalDate.of(2027, 2, 1), 1));
                });
        assertThat(DueGroups.of(List.of(), Grouping.WEEK, new DueRanking(TODAY, 7))).isEmpty();
        assertThat(DueGroups.of(List.of(), Grouping.KIND, new DueRanking(TODAY, 7))).isEmpty();
    }

    @Test
    void byWeek_englishTitles() {
        I18n.setLocale(I18n.ENGLISH);
        List<DueGroup> groups = DueGroups.of(List.of(item("a", LocalDate.of(2026, 11, 2)), item("c", TODAY)),
                Grouping.WEEK, new DueRanking(TODAY, 7));

        assertThat(groups).extracting(DueGroup::title)
                .containsExactly("Overdue (1)", "This week: 2026-11-16 – 2026-11-22 (1)");
    }

    @Test
    void byKind_inDueKindOrderWithCounts() {
        List<DueItem> items = List.of(item("r", DueKind.ANNUAL_REPORT, LocalDate.of(2026, 3, 30)),
                item("i1", DueKind.INSTALMENT, LocalDate.of(2026, 11, 30)),
                item("p", DueKind.PUBLICITY_END, LocalDate.of(2026, 12, 1)),
                item("i2", DueKind.INSTALMENT, LocalDate.of(2027, 1, 30)),
                item("f", DueKind.PATENT_FEE, LocalDate.of(2027, 2, 1)));

        List<DueGroup> groups = DueGroups.of(items, Grouping.KIND, new DueRanking(TODAY, 7));

        assertThat(groups).extracting(DueGroup::title).containsExactly(
                I18n.t("due.group.kind", DueKind.PATENT_FEE.label(), 1),
                I18n.t("due.group.kind", DueKind.INSTALMENT.label(), 2),
                I18n.t("due.group.kind", DueKind.PUBLICITY_END.label(), 1),
                I18n.t("due.group.kind", DueKind.ANNUAL_REPORT.label(), 1));
        assertThat(groups.get(1).items()).extracting(DueItem::key).containsExactly("i1", "i2");
        // an overdue item stays under its kind: only week grouping has an overdue heading
        assertThat(groups).extracting(DueGroup::overdue).containsOnly(false);
    }

    @ParameterizedTest(name = "due {0} → {1}")
    @CsvSource({"2026-11-19, '3 days overdue'", "2026-11-22, Due today",
            "2026-12-04, '12 days left'"})
    void status_english(LocalDate dueOn, String text) {
        I18n.setLocale(I18n.ENGLISH);

        assertThat(DueGroups.status(item("x", dueOn), TODAY)).isEqualTo(text);
    }

    @Test
    void status_usesTheBundleTexts() {
        assertThat(DueGroups.status(item("x", LocalDate.of(2026, 11, 19)), TODAY))
                .isEqualTo(I18n.t("due.status.overdue", 3L));
        assertThat(DueGroups.status(item("x", TODAY), TODAY)).isEqualTo(I18n.t("due.status.today"));
        assertThat(DueGroups.status(item("x", LocalDate.of(2026, 12, 4)), TODAY))
                .isEqualTo(I18n.t("due.status.left", 12L));
    }

    @Test
    void monday_isThePreviousOrSameMonday() {
        assertThat(DueGroups.monday(TODAY)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(DueGroups.monday(LocalDate.of(2026, 11, 16))).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(DueGroups.monday(LocalDate.of(2027, 1, 3))).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
