package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.GuiTestStage;

/**
 * Issue 24, item 6: in the deal editor a clerk types part of a result's title into 关联成果, picks it from the list
 * the picker finds in the background, and the saved deal has it linked.
 */
@ExtendWith(ApplicationExtension.class)
class LinkedResultPickerViewTest {
    /** Made with the test, not in {@code start}: a fresh database takes longer than TestFX waits for a stage. */
    private final DealUiFixture data = new DealUiFixture();
    private FxTaskExecutor executor;
    private DealEditorViewModel vm;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        data.counterparty("杭州某某新能源有限公司");
        executor = GuiTestStage.failingExecutor();
        vm = data.showEditor(stage, executor, new FakeDialogService());
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        data.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void partOfATitlePicksTheResult_andTheDealSavesItLinked(FxRobot robot) throws Exception {
        boolean[] ready = new boolean[1];
        robot.interact(() -> vm.load(null, () -> ready[0] = true));
        waitUntil(() -> ready[0]);
        robot.interact(() -> {
            DealTermsViewModel.Contract c = vm.terms().contract();
            c.contractNo().set("ZR-2026-31");
            c.title().set("成果转让");
            c.mode().set(DealMode.TRANSFER);
            c.counterparty().set(vm.terms().counterparties().get(0));
            c.amount().set("80,000");
            c.pricing().set(PricingMethod.NEGOTIATED);
        });
        ResultRef wanted = data.result(4);
        String part = wanted.title().substring(1);

        robot.clickOn("#resultLookupField").write(part);
        String shown = LinkedResultsViewModel.shown(wanted);
        waitUntil(() -> robot.lookup(shown).tryQuery().isPresent());
        robot.clickOn(shown);

        TableView<?> linked = robot.lookup("#resultsTable").queryTableView();
        waitUntil(() -> linked.getItems().size() == 1);
        assertThat(vm.results().results()).containsExactly(wanted);
        assertThat(robot.lookup("#resultLookupField").queryTextInputControl().getText()).isEmpty();

        boolean[] saved = new boolean[1];
        robot.interact(() -> vm.save(ok -> saved[0] = ok));
        waitUntil(() -> saved[0] || !vm.problems().isEmpty());
        assertThat(saved[0]).as(vm.problems().toString()).isTrue();
        Deal stored = data.deals.find(data.deals.list().get(0).id()).orElseThrow();
        assertThat(stored.results()).extracting(ResultRef::disclosureId).containsExactly(wanted.disclosureId());
    }
}
