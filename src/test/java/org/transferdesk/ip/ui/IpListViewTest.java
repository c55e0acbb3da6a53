package org.transferdesk.ip.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.ui.ListPageStage.table;
import static org.transferdesk.ui.ListPageStage.search;
import static org.transferdesk.ui.ListPageStage.waitForRows;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.ip.IpType;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.LabelsForFields;
import org.transferdesk.ui.ListPageStage;
import org.transferdesk.ui.RecordingNavigator;
import org.transferdesk.ui.ScreenData;

@ExtendWith(ApplicationExtension.class)
class IpListViewTest {
    private ScreenData data;
    @AutoClose
    private ListPageStage screen;
    private final RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        data = new ScreenData().withSampleData();
        screen = new ListPageStage(data);
        IpListViewModel vm = new IpListViewModel(data.ip, screen.executor(), new DataEvents());
        screen.show(stage, new IpListView(vm, navigator, screen.export()), 1200);
    }

    @Test
    void doubleClick_opensTheResultThatOwnsTheAsset(FxRobot robot) throws Exception {
        waitForRows(robot, 3);
        robot.doubleClickOn("2025SR0123456");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.calls).containsExactly("openResult:" + data.vision.id());
    }

    @Test
    void typingANumberWithPrefix_findsIt_andEnterOpensItsResult(FxRobot robot) throws Exception {
        waitForRows(robot, 3);
        LabelsForFields.assertEveryMnemonicLabelHasItsField(table(robot).getScene().getRoot());
        search(robot, "ZL202310123456.6", 1);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.calls).containsExactly("openResult:" + data.battery.id());
    }

    @Test
    void typeFacet_narrowsTheRows_andTotalsFollow(FxRobot robot) throws Exception {
        waitForRows(robot, 3);
        ComboBox<IpType> type = robot.lookup("#typeFilter").queryComboBox();
        WaitForAsyncUtils.asyncFx(() -> type.setValue(IpType.UTILITY_MODEL));
        waitForRows(robot, 1);
        assertThat(robot.lookup("电池壳体散热结构").tryQuery()).isPresent();
        assertThat(robot.lookup("2034-04-01").tryQuery()).as("utility model term: 10 years").isPresent();
    }
}
