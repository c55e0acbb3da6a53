package org.transferdesk.institution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
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
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.InstitutionService;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.institution.persistence.InstitutionRepository;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListPageStage;

/** The institution register on screen: a record is added through the form, Enter on a row opens it to edit. */
@ExtendWith(ApplicationExtension.class)
class InstitutionRegisterViewTest {
    private InstitutionService service;
    @AutoClose
    private ListPageStage screen;
    private Parent root;

    @Start
    void start(Stage stage) {
        Database db = TestDatabase.fresh();
        CounterpartyService counterparties = new CounterpartyService(new CounterpartyRepository(db.dsl()),
                TestDatabase.CLOCK);
        service = new InstitutionService(new InstitutionRepository(db.dsl()), counterparties,
                TestDatabase.clockOn(LocalDate.of(2026, 3, 1)));
        service.save(new JointInstitution(null, "技术转移分中心", InstitutionKind.TRANSFER_BODY, null, "乙公司", 2019, null,
                null, 0));
        screen = new ListPageStage(db);
        InstitutionRegisterViewModel vm = new InstitutionRegisterViewModel(service, screen.executor(),
                screen.dialogs(), new DataEvents());
        root = screen.show(stage, new InstitutionRegisterView(vm, screen.export()), 1100, 700).node();
    }

    @Test
    void newInstitution_isAddedThroughTheForm(FxRobot robot) throws Exception {
        ListPageStage.waitForRows(robot, 1);
        ListPageStage.newOpensTheForm(robot, root);
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
        ListPageStage.waitForRows(robot, 2);
        assertThat(ListPageStage.formShown(robot)).isFalse();
    }

    @Test
    void enterOnARow_opensItInTheForm(FxRobot robot) throws Exception {
        ListPageStage.waitForRows(robot, 1);
        ListPageStage.search(robot, "转移", 1);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ListPageStage.formShown(robot)).isTrue();
        assertThat(robot.lookup("#nameField").queryTextInputControl().getText()).isEqualTo("技术转移分中心");
        assertThat(robot.lookup("#partnerNameField").queryTextInputControl().getText()).isEqualTo("乙公司");
    }
}
