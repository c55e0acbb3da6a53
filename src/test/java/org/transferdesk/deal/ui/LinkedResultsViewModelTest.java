package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Pinyin;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.SearchPicker;

/**
 * Issue 24, item 6: a deal's 关联成果 are picked among every result by number, part of the title or the title's
 * pinyin, not by typing the exact number; a result is linked once; the picked ones are what the deal saves.
 */
@Tag(TestDatabase.TAG)
class LinkedResultsViewModelTest {
    private DealUiFixture data;
    private LinkedResultsViewModel vm;

    @BeforeEach
    void setUp() {
        data = new DealUiFixture();
        vm = new LinkedResultsViewModel(data.search, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    private List<ResultRef> picked(String typed) {
        return SearchPicker.matching(vm.candidates(typed), typed, LinkedResultsViewModel::shown, r -> "");
    }

    @Test
    void candidatesAreEveryResult() {
        assertThat(vm.candidates("x")).hasSize(data.results.size())
                .extracting(ResultRef::disclosureId).contains(data.result(0).disclosureId());
    }

    @Test
    void aResultIsFoundByNumber_partOfTheTitle_orItsPinyinInitials() {
        ResultRef wanted = data.result(3);
        String title = wanted.title();
        String middle = title.substring(2, Math.min(title.length(), 7));
        assertThat(picked(wanted.resultNo())).first().isEqualTo(wanted);
        assertThat(picked(middle)).contains(wanted).allMatch(r -> r.title().contains(middle));
        assertThat(picked(Pinyin.initials(title))).contains(wanted);
        assertThat(picked(Pinyin.of(title.substring(0, 2)).replace(" ", ""))).contains(wanted);
    }

    @Test
    void aPickIsLinkedOnce_andTheLinkedAreWhatTheDealSaves() {
        vm.show(DealBuilder.deal().mode(DealMode.TRANSFER).results(List.of()).build());
        vm.link(data.result(1));
        vm.link(data.result(2));
        vm.link(data.result(1));
        vm.link(null);
        assertThat(vm.results()).containsExactly(data.result(1), data.result(2));
        vm.remove(data.result(1));
        Deal edited = vm.contribute(DealBuilder.deal().mode(DealMode.TRANSFER).build());
        assertThat(edited.results()).containsExactly(data.result(2));
    }
}
