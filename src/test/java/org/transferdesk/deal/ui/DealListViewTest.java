package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListPageStage;
import org.transferdesk.ui.Page;

/** The deal list page: rows, money columns, filter-as-you-type with totals, opening a row. */
@ExtendWith(ApplicationExtension.class)
class DealListViewTest {
    private DealUiFixture data;
    @AutoClose
    private ListPageStage screen;
    private Page page;
    private final List<Long> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        data = new DealUiFixture();
        Counterparty a = data.counterparty("杭州甲公司");
        data.transfer("ZR-1", a, "100000.00", "40000.00", LocalDate.of(2025, 6, 1));
        data.licence("XK-1", data.counterparty("宁波乙公司"), "1000000.00");
        screen = new ListPageStage(data);
        DealListViewModel vm = new DealListViewModel(data.deals, screen.executor(), new DataEvents());
        DealNavigator navigator = new DealNavigator() {
            @Override
            public void openDeal(long id) {
                opened.add(id);
            }

            @Override
            public void newDeal() {
                opened.add(-1L);
            }
        };
        page = screen.show(stage, new DealListView(vm, navigator, screen.export()), 1200);
    }

    @Test
    void filterShowsTotalsOfShownRows_andEnterOpens(FxRobot robot) throws Exception {
        TableView<DealSummary> table = ListPageStage.table(robot);
        ListPageStage.waitForRows(robot, 2);
        assertThat(page.status().getValue()).contains("共 2 份合同，显示 2 份").contains("合同金额 1,100,000.00 元");

        ListPageStage.search(robot, "zr-1", 1);
        assertThat(page.status().getValue())
                .isEqualTo("共 2 份合同，显示 1 份 · 合同金额 100,000.00 元 · 已到账 40,000.00 元 · 未收 60,000.00 元");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(table.getItems().get(0).id());
        robot.clickOn("#newDealButton");
        assertThat(opened).contains(-1L);
    }
}
