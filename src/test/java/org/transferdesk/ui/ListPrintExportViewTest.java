package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.ui.ListPageStage.waitForRows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.ip.IpType;
import org.transferdesk.ip.ui.IpListView;
import org.transferdesk.ip.ui.IpListViewModel;

/**
 * A list page's XLSX export hands the writer what a printed list says about itself: the page's title, its filter in
 * words with each facet named as its combo's prompt names it, the day by the application's clock.
 */
@ExtendWith(ApplicationExtension.class)
class ListPrintExportViewTest {
    @AutoClose
    private ListPageStage screen;
    private final RecordingXlsxWriter writer = new RecordingXlsxWriter();

    @Start
    void start(Stage stage) {
        ScreenData data = new ScreenData().withSampleData();
        screen = new ListPageStage(data);
        screen.dialogs().fileToSave = Path.of("ip.xlsx");
        ExportActions export = new ExportActions(screen.dialogs(), screen.executor(), writer, TestDatabase.CLOCK);
        IpListViewModel vm = new IpListViewModel(data.ip, screen.executor(), new DataEvents());
        screen.show(stage, new IpListView(vm, new RecordingNavigator(), export), 1200);
    }

    @Test
    void theXlsxExportCarriesTheTitleAndTheFilterInWords(FxRobot robot) throws Exception {
        waitForRows(robot, 3);
        ComboBox<IpType> type = robot.lookup("#typeFilter").queryComboBox();
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> {
            type.setValue(IpType.UTILITY_MODEL);
            search.setText("电池");
        }).get(5, TimeUnit.SECONDS);
        waitForRows(robot, 1);
        MenuButton exportButton = robot.lookup("#exportButton").queryAs(MenuButton.class);
        WaitForAsyncUtils.asyncFx(() -> exportButton.getItems().get(0).fire());

        RecordingXlsxWriter.Written w = writer.awaitWritten();
        assertThat(w.heading().title()).isEqualTo("知识产权台账");
        assertThat(w.heading().filter()).isEqualTo("筛选：类型 = 实用新型；搜索 “电池”");
        assertThat(w.heading().exported()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(w.rows()).hasSize(1);
        assertThat(w.headers()).hasSameSizeAs(w.rows().get(0));
    }
}
