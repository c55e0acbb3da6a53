package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListPageStage;

/** The company register on screen: a new company is added through the form. */
@ExtendWith(ApplicationExtension.class)
class CompanyRegisterViewTest {
    private CounterpartyService service;
    @AutoClose
    private ListPageStage screen;
    private Parent root;

    @Start
    void start(Stage stage) {
        Database db = TestDatabase.fresh();
        service = new CounterpartyService(new CounterpartyRepository(db.dsl()), TestDatabase.CLOCK);
        screen = new ListPageStage(db);
        CompanyRegisterViewModel vm = new CompanyRegisterViewModel(service, screen.executor(), screen.dialogs(),
                new DataEvents());
        root = screen.show(stage, new CompanyRegisterView(vm, screen.export()), 1000, 650).node();
    }

    @Test
    void newCompany_isAddedThroughTheForm(FxRobot robot) throws Exception {
        ListPageStage.newOpensTheForm(robot, root);
        robot.clickOn("#nameField").write("某某新材料有限公司");
        robot.clickOn("#capitalField").write("1000000");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> service.companies().size() == 1);
        ListPageStage.waitForRows(robot, 1);
        assertThat(ListPageStage.formShown(robot)).isFalse();
    }
}
