package org.transferdesk.match.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.I18n;
import org.transferdesk.match.Match;
import org.transferdesk.match.Matcher;
import org.transferdesk.match.NeedQuery;
import org.transferdesk.match.ResultDoc;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.RecordingNavigator;

/** The matching screen's model, without the toolkit: a need typed, results ranked, a change ranked again. */
class MatchingViewModelTest {
    private final List<ResultDoc> stored = new ArrayList<>(List.of(
            new ResultDoc(1, "R-1", "硅碳复合负极材料的制备方法", "锂离子电池负极", "新能源", List.of(), List.of()),
            new ResultDoc(2, "R-2", "一种激光焊接装置", "汽车车身焊接", "智能制造", List.of(), List.of())));
    private final Matcher matcher = new Matcher(() -> List.copyOf(stored), List::of);
    private final DataEvents events = new DataEvents();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private MatchingViewModel vm;

    @BeforeEach
    void setUp() {
        I18n.setLocale(I18n.CHINESE);
        events.keepCurrent(change -> matcher.invalidate());
        vm = new MatchingViewModel(matcher, new CurrentThreadTaskExecutor(), navigator, events);
    }

    @Test
    void theFieldChoiceOffersTheResultsFields() {
        vm.load();

        assertThat(vm.fields()).containsExactlyInAnyOrder("新能源", "智能制造");
    }

    @Test
    void aTypedNeedRanksTheResults_andSaysHowMany() {
        vm.titleProperty().set("锂电池 负极材料");
        vm.find();

        assertThat(vm.matches()).extracting(Match::code).containsExactly("R-1");
        assertThat(vm.statusProperty().get()).isEqualTo(I18n.t("match.status", 1));
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void anEmptyNeedAsksForWords_andClearsTheList() {
        vm.show(new NeedQuery("激光焊接", null, "智能制造", null));
        assertThat(vm.matches()).hasSize(1);

        vm.titleProperty().set(" ");
        vm.find();

        assertThat(vm.matches()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo(I18n.t("match.empty"));
    }

    @Test
    void aNeedNoResultSharesAWordWithSaysSo() {
        vm.show(new NeedQuery("中药提取", "", "", ""));

        assertThat(vm.matches()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo(I18n.t("match.none"));
    }

    @Test
    void aNeedFromARecordFillsTheFormAndRanks() {
        vm.show(new NeedQuery("激光焊接", "车身", "智能制造", "B23K"));

        assertThat(vm.titleProperty().get()).isEqualTo("激光焊接");
        assertThat(vm.fieldProperty().get()).isEqualTo("智能制造");
        assertThat(vm.ipcClassProperty().get()).isEqualTo("B23K");
        assertThat(vm.matches()).extracting(Match::code).containsExactly("R-2");
    }

    @Test
    void aSavedResultIsRankedAgain_whileShown_orOnReturn() {
        vm.show(new NeedQuery("激光焊接", "", "", null));
        stored.add(new ResultDoc(3, "R-3", "激光焊接机器人", "", "智能制造", List.of(), List.of()));

        vm.setShown(false);
        events.resultSaved(3);
        assertThat(vm.matches()).extracting(Match::code).containsExactly("R-2");

        vm.setShown(true);
        assertThat(vm.matches()).extracting(Match::code).containsExactlyInAnyOrder("R-2", "R-3");
    }

    @Test
    void openingAMatchOpensTheResult() {
        vm.show(new NeedQuery("负极材料", "", "", null));

        vm.open(vm.matches().get(0));

        assertThat(navigator.calls).containsExactly("openResult:1");
    }
}
