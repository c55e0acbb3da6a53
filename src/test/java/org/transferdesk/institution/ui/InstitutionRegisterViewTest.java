package org.transferdesk.institution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
import org.transferdesk.db.Database;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.InstitutionService;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.institution.persistence.InstitutionRepository;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.LabelsForFields;
import org.transferdesk.ui.Theme;

/** The institution register on screen: a record is added through the form, Enter on a row opens it to edit. */
@ExtendWith(ApplicationExtension.class)
class InstitutionRegisterViewTest {
    private Database db;
    private InstitutionService service;
    private FxTaskExecutor executor;
    private Parent root;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        CounterpartyService counterparties = new CounterpartyService(new CounterpartyRepository(db.dsl()),
                TestDatabase.CLOCK);
        service = new InstitutionService(new InstitutionRepository(db.dsl()), counterparties,
                TestDatabase.clockOn(LocalDate.of(2026, 3, 1)));
        service.save(new JointInstitution(null, "技术转移分中心", InstitutionKind.TRANSFER_BODY, null, "乙公司", 2019, null,
                null, 0));
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        });
        FakeDialogService dialogs = new FakeDialogService();
        InstitutionRegisterViewModel vm = new InstitutionRegisterViewModel(service, executor, dialogs, new DataEvents());
        root = new InstitutionRegisterView(vm, new ExportActions(dialogs, executor, null, TestDatabase.CLOCK)).build()
                .node();
        Theme.apply(root);
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        db.close();
    }

    @Test
    void newInstitution_isAddedThroughTheForm(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(robot.lookup("#formPane").query().isVisible()).isFalse();
        robot.clickOn("#newButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#formPane").query().isVisible()).isTrue();
        LabelsForFields.assertEveryMnemonicLabelHasItsField(root);
        robot.clickOn("#nameField").write("智能制造联合研究院");
        robot.clickOn("#partnerNameField").write("甲科技有限公司");
        robot.clickOn("#foundedYearField").write("2027");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemsList").query().isVisible()).isTrue();
        assertThat(service.findAll()).hasSize(1);

        robot.doubleClickOn("#foundedYearField").write("2024");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> service.findAll().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(robot.lookup("#formPane").query().isVisible()).isFalse();
    }

    @Test
    void enterOnARow_opensItInTheForm(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn("#searchField").write("转移");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#formPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#nameField").queryTextInputControl().getText()).isEqualTo("技术转移分中心");
        assertThat(robot.lookup("#partnerNameField").queryTextInputControl().getText()).isEqualTo("乙公司");
    }
}
