package org.transferdesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
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
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.Page;

/** Issue 20: the home screen's first frame is drawn without its five charts; they are made once the figures arrive. */
@ExtendWith(ApplicationExtension.class)
class DashboardChartsDeferredTest {
    @TempDir
    Path tmp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        this.stage = stage;
    }

    /** Issue 20: the first frame is drawn without the five charts; they are made once the figures arrive. */
    @Test
    void theChartsAreMadeOnceTheFiguresArrive_notBefore(FxRobot robot) throws Exception {
        try (DashboardFixture fixture = new DashboardFixture(tmp.resolve("data"));
                FxTaskExecutor held = new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        })) {
            fixture.context.demo().fill(40, 120, ProgressSink.NONE);
            held.hold();
            DashboardViewModel vm = new DashboardViewModel(fixture.service, held, r -> { }, () -> { });
            Page[] built = new Page[1];
            robot.interact(() -> {
                built[0] = new DashboardView(vm).page();
                // in a shown scene, so the scroll pane's content is in the node tree the lookups walk
                stage.setScene(new javafx.scene.Scene(built[0].node(), 1280, 800));
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node node = built[0].node();

            assertThat(node.lookupAll(".chart")).isEmpty();
            assertThat(node.lookupAll(".dashboard-chart-slot")).hasSize(5);

            robot.interact(held::release);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> node.lookup("#amountChart") != null);
            WaitForAsyncUtils.waitForFxEvents();

            for (String[] chart : new String[][] {{"#amountChart", "dashboard.chart.contractAmount", "true"},
                    {"#receivedChart", "dashboard.chart.received", "true"},
                    {"#rewardsChart", "dashboard.chart.rewards", "true"},
                    {"#resultsChart", "dashboard.chart.results", "false"},
                    {"#pilotsChart", "dashboard.chart.pilots", "false"}}) {
                XYChart<?, ?> c = (XYChart<?, ?>) node.lookup(chart[0]);
                assertThat(c.getData()).as(chart[0]).isNotEmpty();
                assertThat(c.getTitle()).isEqualTo(I18n.t(chart[1]));
                assertThat(c.isLegendVisible()).as(chart[0]).isEqualTo(Boolean.parseBoolean(chart[2]));
                assertThat(c.getAnimated()).isFalse();
                assertThat(c.getStyleClass()).contains("dashboard-chart");
            }
            assertThat(((XYChart<?, ?>) node.lookup("#amountChart")).getData()).hasSize(6);
            assertThat(((XYChart<?, ?>) node.lookup("#amountChart")).getXAxis().getLabel())
                    .isEqualTo(I18n.t("dashboard.axis.year"));
            assertThat(((XYChart<?, ?>) node.lookup("#pilotsChart")).getXAxis().getLabel())
                    .isEqualTo(I18n.t("dashboard.axis.cases"));
        }
    }
}
