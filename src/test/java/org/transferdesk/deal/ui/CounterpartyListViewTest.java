package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.LabelsForFields;
import org.transferdesk.ui.ListPageStage;

/** The counterparty list on screen: typing filters, Enter opens the first row. */
@ExtendWith(ApplicationExtension.class)
class CounterpartyListViewTest {
    @AutoClose
    private ListPageStage screen;
    private final List<Long> opened = new ArrayList<>();
    private Counterparty shanghai;
    private Parent root;

    @Start
    void start(Stage stage) {
        Database db = TestDatabase.fresh();
        CounterpartyService service = new CounterpartyService(new CounterpartyRepository(db.dsl()), TestDatabase.CLOCK);
        service.save(new Counterparty(null, "北京某某科技有限公司", null, "北京", Province.BEIJING, "软件", IndustrySection.I, EnterpriseSize.SMALL, null, 0));
        shanghai = service.save(new Counterparty(null, "上海某某材料有限公司", null, "上海", Province.SHANGHAI, "材料", null, EnterpriseSize.LARGE,
                null, 0));
        screen = new ListPageStage(db);
        CounterpartyListViewModel vm = new CounterpartyListViewModel(service, screen.executor(), new DataEvents());
        root = screen.show(stage, new CounterpartyListView(vm, screen.export(), opened::add, () -> { }), 1000).node();
    }

    @Test
    void typingFilters_andEnterOpensTheRow(FxRobot robot) throws Exception {
        ListPageStage.waitForRows(robot, 2);
        LabelsForFields.assertEveryMnemonicLabelHasItsField(root);
        ListPageStage.search(robot, "材料", 1);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(shanghai.id());
    }
}
