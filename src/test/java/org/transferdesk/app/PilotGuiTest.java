package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.pilot.MaintenancePayer;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.ui.Module;
import org.transferdesk.ui.Screenshots;

/**
 * R-PILOT-FLOW through the GUI: "发起赋权…" on a result, plan, negative list and terms, every step of the
 * ownership path with valid dates (a too-early approval is refused and saves nothing), the IP's owners
 * after registration; the list's filters and Enter opening a case.
 */
class PilotGuiTest extends WholeAppGuiTest {
    private Disclosure result;

    @Start
    void start(Stage stage) {
        RewardFixture fixture = new RewardFixture(harness.context.database().dsl()).e1Team(LeaderRole.NONE);
        Disclosure d = fixture.result;
        IpAsset patent = new IpAsset(null, IpType.INVENTION_PATENT, "ZL202310000001.X", d.title(),
                LocalDate.of(2023, 3, 10), LocalDate.of(2024, 5, 1), IpStatus.GRANTED, "示例大学");
        result = new DisclosureRepository(harness.context.database().dsl()).save(DisclosureBuilder.toBuilder(d)
                .ipAssets(List.of(patent)).build(), "test", LocalDateTime.of(2026, 11, 22, 9, 0));
        harness.start(stage);
    }

    private Scene window(String key) {
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().containsKey(key));
        return harness.gui.editors().openWindows().get(key).getScene();
    }

    private static void text(FxRobot robot, Scene s, String id, String value) {
        robot.interact(() -> ((TextInputControl) s.lookup(id)).setText(value));
    }

    private static void date(FxRobot robot, Scene s, String id, LocalDate value) {
        robot.interact(() -> ((DatePicker) s.lookup(id)).setValue(value));
    }

    private PilotCase stored() {
        return harness.context.pilots().ofResult(result.id()).get(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void walkFromApplicationToRegistration_thenListFiltersAndEnterOpens(FxRobot robot) {
        robot.interact(() -> harness.gui.openResult(result.id()));
        Scene resultWindow = window("result:" + result.id());
        Button start = (Button) resultWindow.lookup("#startPilotButton");
        GuiHarness.waitUntil(() -> start.isVisible() && !start.isDisabled());
        assertThat(start.getText()).isEqualTo("发起赋权…");
        robot.interact(start::fire);

        Scene s = window("pilot:new:" + result.id());
        TableView<?> team = (TableView<?>) s.lookup("#teamTable");
        GuiHarness.waitUntil(() -> team.getItems().size() == 4);
        assertThat(((Label) s.lookup("#sumLabel")).getText()).isEqualTo("合计 100%");
        text(robot, s, "#conversionPlanField", "与企业合作实施许可，两年内完成转化");
        text(robot, s, "#negativeListByField", "科技处 王处长");
        date(robot, s, "#negativeListOnField", LocalDate.of(2024, 9, 13));
        text(robot, s, "#publicityPlaceField", "学校主页通知公告栏");
        text(robot, s, "#decisionRightsField", "团队代表决定许可对象与价格");
        robot.interact(() -> ((ComboBox<MaintenancePayer>) s.lookup("#payerField")).setValue(MaintenancePayer.TEAM));
        date(robot, s, "#convertByField", LocalDate.of(2026, 12, 31));
        text(robot, s, "#recoveryRuleField", "期限届满未转化的，学校收回团队份额");
        robot.interact(() -> ((Button) s.lookup("#saveButton")).fire());
        GuiHarness.waitUntil(() -> harness.context.pilots().count() == 1);
        GuiHarness.waitUntil(() -> ((Label) s.lookup("#caseNoLabel")).getText().equals("FQ-2026-001"));

        for (Map.Entry<PilotStep, LocalDate> e : PilotFixture.DATES.entrySet()) {
            PilotStep step = e.getKey();
            if (step == PilotStep.CONVERTING) {
                break;
            }
            if (step == PilotStep.APPROVAL) {
                record(robot, s, step, LocalDate.of(2024, 10, 5));
                GuiHarness.waitUntil(() -> s.getRoot().lookupAll("#stepProblemsBox .label").stream()
                        .anyMatch(n -> ((Label) n).getText().contains("公示截止日为 2024-10-08")));
                assertThat(stored().currentStep()).isEqualTo(PilotStep.PUBLICITY);
                robot.interact(() -> Screenshots.save(s, "pilot-approval-too-early"));
            }
            record(robot, s, step, e.getValue());
            GuiHarness.waitUntil(() -> stored().currentStep() == step);
        }
        GuiHarness.waitUntil(() -> ((Label) s.lookup("#coOwnedLabel")).getText().startsWith("自 2025-01-10 起共有"));
        String owners = harness.context.disclosures().find(result.id()).orElseThrow().ipAssets().get(0).owners();
        assertThat(owners).contains("30%").contains("甲教授 28%").contains("乙老师 17.5%").contains("丁工程师 10.5%");
        assertThat(((Label) s.lookup("#deadlineBanner")).getText()).isEqualTo("转化期限 2026-12-31：还剩 39 天");
        assertThat(s.lookup("#teamTable").isDisabled() || !((TableView<?>) s.lookup("#teamTable")).isEditable()).isTrue();
        robot.interact(() -> ((javafx.scene.control.TabPane) s.lookup("#tabs")).getSelectionModel().select(2));
        robot.interact(() -> Screenshots.save(s, "pilot-editor"));

        robot.interact(() -> harness.gui.show(Module.PILOTS));
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        GuiHarness.waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> Screenshots.save(table.getScene(), "pilot-list"));
        CheckBox due = robot.lookup("#dueFilter").queryAs(CheckBox.class);
        robot.interact(() -> due.setSelected(true));
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> ((ComboBox<PilotStep>) robot.lookup("#stepFilter").query()).setValue(PilotStep.PUBLICITY));
        assertThat(table.getItems()).isEmpty();
        robot.interact(() -> ((ComboBox<PilotStep>) robot.lookup("#stepFilter").query()).setValue(PilotStep.REGISTERED));
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> harness.gui.editors().discardAll());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        window("pilot:" + stored().id());

        // 导出台账…: the register is written off the FX thread to the chosen file and the user is told where
        org.transferdesk.ui.FakeDialogService chooser = new org.transferdesk.ui.FakeDialogService();
        chooser.fileToSave = dataDir.resolve("赋权台账");
        var c = harness.context;
        PilotWindows windows = new PilotWindows(new PilotWindows.Services(c.search(), c.pilots(), c.people(),
                c.office(), c.clock(), c.pilotDocuments(), org.transferdesk.ui.Assignees.NONE),
                new Shell(null, new org.transferdesk.ui.FxTaskExecutor(e -> { }), null, null, null, null),
                null, null);
        robot.interact(() -> windows.exportRegister(chooser));
        GuiHarness.waitUntil(() -> !chooser.notices.isEmpty());
        assertThat(dataDir.resolve("赋权台账.xlsx")).exists();
        assertThat(chooser.notices.get(0)).contains("赋权台账.xlsx");

        // 发起赋权… again on the same result opens its open case instead of refusing
        robot.interact(() -> harness.gui.editors().discardAll());
        robot.interact(() -> harness.gui.openResult(result.id()));
        Button again = (Button) window("result:" + result.id()).lookup("#startPilotButton");
        GuiHarness.waitUntil(() -> again.isVisible() && !again.isDisabled());
        robot.interact(again::fire);
        window("pilot:" + stored().id());
        assertThat(harness.gui.editors().openWindows()).doesNotContainKey("pilot:new:" + result.id());
    }

    @SuppressWarnings("unchecked")
    private void record(FxRobot robot, Scene s, PilotStep step, LocalDate on) {
        robot.interact(() -> ((ComboBox<PilotStep>) s.lookup("#stepField")).setValue(step));
        date(robot, s, "#dateField", on);
        if (step == PilotStep.PUBLICITY) {
            date(robot, s, "#endsOnField", PilotFixture.PUBLICITY_END);
        }
        text(robot, s, "#actorField", "科技处 李老师");
        Node record = s.lookup("#recordButton");
        robot.interact(() -> ((Button) record).fire());
    }
}
