package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.GuiTestStage;
import org.transferdesk.ui.LabelsForFields;

/** The counterparty editor on screen: the credit-code warning does not block saving; deals open by double-click. */
@ExtendWith(ApplicationExtension.class)
class CounterpartyEditorViewTest {
    private Database db;
    private CounterpartyService counterparties;
    private FxTaskExecutor executor;
    private CounterpartyEditorViewModel vm;
    private final List<Long> openedDeals = new ArrayList<>();
    private Parent root;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        counterparties = new CounterpartyService(new CounterpartyRepository(db.dsl()), TestDatabase.CLOCK);
        DealService deals = new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()),
                new AuditRepository(db.dsl()), new OfficeSettings(new PolicySettingRepository(db.dsl())),
                TestDatabase.CLOCK);
        executor = GuiTestStage.failingExecutor();
        vm = new CounterpartyEditorViewModel(counterparties, deals, executor, new FakeDialogService(), new DataEvents());
        root = new CounterpartyEditorView(vm, openedDeals::add, () -> { }).build();
        GuiTestStage.show(stage, root);
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        db.close();
    }

    private void loadAndWait(Long id) throws Exception {
        GuiTestStage.loadAndWait(ready -> vm.load(id, ready), () -> true);
    }

    @Test
    void failingCreditCode_showsAWarning_andStillSaves(FxRobot robot) throws Exception {
        loadAndWait(null);
        LabelsForFields.assertEveryMnemonicLabelHasItsField(root);
        robot.clickOn("#nameField").write("杭州某某生物有限公司");
        robot.clickOn("#creditCodeField").write("91350100M000100Y44");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Label warning = robot.lookup("#creditCodeError").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("91350100M000100Y44");

        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> counterparties.findAll().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemsPanel").query().isVisible()).isFalse();
    }

    @Test
    void dealsTab_doubleClickOpensTheDeal(FxRobot robot) throws Exception {
        Counterparty c = counterparties.save(Counterparty.create("某某科技有限公司"));
        db.executeRaw("INSERT INTO deal (contract_no, mode, title, contract_amount, counterparty_id) VALUES "
                + "('FW-9', 'SERVICE', '检测服务', 5000, " + c.id() + ")");
        long dealId = ((Number) db.dsl().fetchValue("SELECT MAX(id) FROM deal")).longValue();
        loadAndWait(c.id());
        robot.clickOn("相关合同");
        TableView<?> table = robot.lookup("#dealsTable").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        robot.doubleClickOn("FW-9");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openedDeals).containsExactly(dealId);
    }
}
