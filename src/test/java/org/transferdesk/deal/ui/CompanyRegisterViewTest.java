package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.LabelsForFields;
import org.transferdesk.ui.Theme;

/** The company register on screen: a new company is added through the form. */
@ExtendWith(ApplicationExtension.class)
class CompanyRegisterViewTest {
    private Database db;
    private CounterpartyService service;
    private FxTaskExecutor executor;
    private Parent root;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        service = new CounterpartyService(new CounterpartyRepository(db.dsl()), TestDatabase.CLOCK);
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        });
        FakeDialogService dialogs = new FakeDialogService();
        CompanyRegisterViewModel vm = new CompanyRegisterViewModel(service, executor, dialogs, new DataEvents());
        root = new CompanyRegisterView(vm, new ExportActions(dialogs, executor, null, org.transferdesk.TestDatabase.CLOCK)).build().node();
        Theme.apply(root);
        stage.setScene(new Scene(root, 1000, 650));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        db.close();
    }

    @Test
    void newCompany_isAddedThroughTheForm(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#formPane").query().isVisible()).isFalse();
        robot.clickOn("#newButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#formPane").query().isVisible()).isTrue();
        LabelsForFields.assertEveryMnemonicLabelHasItsField(root);
        robot.clickOn("#nameField").write("某某新材料有限公司");
        robot.clickOn("#capitalField").write("1000000");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> service.companies().size() == 1);
        TableView<?> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(robot.lookup("#formPane").query().isVisible()).isFalse();
    }
}
