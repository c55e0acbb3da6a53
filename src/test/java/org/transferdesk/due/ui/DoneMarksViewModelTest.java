package org.transferdesk.due.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.due.DueTestDeals.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.I18n;
import org.transferdesk.due.DueFixture;
import org.transferdesk.due.DueItem;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/** 已办记录: marks listed with the item they hide; taking one back reminds the item again. */
@Tag(TestDatabase.TAG)
class DoneMarksViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @AutoClose
    private final DueFixture f = new DueFixture();
    private final DataEvents events = new DataEvents();
    private final List<DataEvents.Change> published = new ArrayList<>();
    private DoneMarksViewModel vm;

    @BeforeEach
    void setUp() {
        f.deals.add(deal(1).instalment(11, LocalDate.of(2026, 11, 10), "5000.00").build());
        f.deals.add(deal(2).instalment(21, LocalDate.of(2026, 11, 12), "8000.00").build());
        events.subscribe(published::add);
        vm = new DoneMarksViewModel(f.service, new CurrentThreadTaskExecutor(), events);
    }

    @Test
    void listsMarksWithTheirItems_andAMarkWhoseRecordChangedByItsKey() {
        f.service.markDone("INSTALMENT:11", TODAY, "已催收");
        f.service.markDone("INSTALMENT:99", TODAY.minusDays(3), null);
        vm.load();

        assertThat(vm.rows()).hasSize(2);
        var withItem = vm.rows().stream().filter(e -> e.mark().key().equals("INSTALMENT:11")).findFirst().orElseThrow();
        assertThat(withItem.item().dueOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(withItem.mark().note()).isEqualTo("已催收");
        assertThat(DoneMarksViewModel.describe(withItem)).contains(withItem.item().action());
        var gone = vm.rows().stream().filter(e -> e.item() == null).findFirst().orElseThrow();
        assertThat(DoneMarksViewModel.describe(gone)).isEqualTo(I18n.t("dueDone.gone", "INSTALMENT:99"));
        assertThat(vm.totalsProperty().get()).isEqualTo(I18n.t("dueDone.totals", 2));
    }

    @Test
    void undo_remindsTheItemAgain_andTellsTheOtherScreens() {
        f.service.markDone("INSTALMENT:11", TODAY, null);
        assertThat(f.service.open(TODAY)).extracting(DueItem::key).doesNotContain("INSTALMENT:11");
        vm.load();
        vm.selectedProperty().set(vm.rows().get(0));

        vm.undoSelected();

        assertThat(vm.rows()).isEmpty();
        assertThat(f.service.open(TODAY)).extracting(DueItem::key).contains("INSTALMENT:11", "INSTALMENT:21");
        assertThat(published).extracting(DataEvents.Change::kind).containsExactly(DataEvents.Change.Kind.DUE);
    }
}
