package org.transferdesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.dashboard.DashboardFixture;
import org.transferdesk.dashboard.Figure;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.Screenshots;
import org.transferdesk.ui.Theme;

/** The home screen alone on demo data: tiles, charts, and Enter on the attention list opens the record. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
    @TempDir
    static Path tmp;

    private DashboardFixture fixture;
    private FxTaskExecutor executor;
    private Page page;
    private final List<RecordRef> opened = new ArrayList<>();
    private final List<String> reports = new ArrayList<>();

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        fixture = new DashboardFixture(tmp.resolve("data-" + System.nanoTime()));
        fixture.context.demo().fill(40, 120, ProgressSink.NONE);
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        });
        DashboardViewModel vm = new DashboardViewModel(fixture.service, executor, opened::add,
                () -> reports.add("report"));
        page = new DashboardView(vm).page();
        Theme.apply(page.node());
        stage.setScene(new Scene(page.node(), 1280, 800));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        fixture.close();
    }

    @Test
    void showsTilesAndCharts_enterOpensTheAttentionRecord_aTileOpensTheReport(FxRobot robot) throws Exception {
        TableView<AttentionRow> table = robot.lookup("#attentionTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        for (Figure f : Figure.values()) {
            assertThat(robot.lookup("#tile-" + f.name()).tryQuery()).as(f.name()).isPresent();
        }
        for (String chart : List.of("#amountChart", "#receivedChart", "#rewardsChart", "#resultsChart",
                "#pilotsChart")) {
            XYChart<?, ?> c = robot.lookup(chart).query();
            assertThat(c.getData()).as(chart).isNotEmpty();
        }
        XYChart<?, ?> amounts = robot.lookup("#amountChart").query();
        assertThat(amounts.getData()).hasSize(6);
        assertThat(amounts.getData().get(0).getName()).isEqualTo("转让");
        robot.interact(() -> Screenshots.save(table.getScene(), "dashboard"));

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(table.getItems().get(0).item().record());

        Button tile = robot.lookup("#tile-" + Figure.RECEIVED.name()).queryButton();
        robot.clickOn(tile);
        assertThat(reports).containsExactly("report");
        assertThat(page.status().getValue()).startsWith("截至 2026-11-22");
    }
}
