package org.transferdesk.due.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.due.DueTestDeals.deal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TreeTableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.due.DueFixture;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.GuiTestStage;
import org.transferdesk.ui.RecordingXlsxWriter;
import org.transferdesk.ui.help.HelpTarget;
import org.transferdesk.ui.help.HelpWindowProbe;

/**
 * Issue 24, items 13 and 15 on the 待办 list: each reminder's rule id is a link to its paragraph of the rule book (a
 * reminder the contract sets says so in words, without a link), and its XLSX export is a printed list like the others.
 * Today is 2026-11-22: an instalment (the contract's) and the 2025 annual report are overdue, a price publicity
 * ends on 2026-12-07 (R-PUB-PRICE).
 */
@Tag(TestDatabase.TAG)
@ExtendWith(ApplicationExtension.class)
class DueRuleLinkViewTest {
    @AutoClose
    private DueFixture fixture;
    private final RecordingXlsxWriter writer = new RecordingXlsxWriter();

    @Start
    void start(Stage stage) {
        fixture = new DueFixture();
        fixture.deals.add(deal(1).instalment(11, LocalDate.of(2026, 11, 10), "5000.00").build());
        fixture.deals.add(deal(2).status(DealStatus.PUBLICITY)
                .publicity(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 12, 7)).build());
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        FakeDialogService dialogs = new FakeDialogService();
        dialogs.fileToSave = Path.of("待办.xlsx");
        ExportActions export = new ExportActions(dialogs, executor, writer, TestDatabase.CLOCK);
        DueView view = new DueView(new DueViewModel(fixture.service, executor, new DataEvents()), record -> { },
                export);
        GuiTestStage.show(stage, view.build().node(), 1400, 600);
    }

    @AfterEach
    void closeHelp(FxRobot robot) {
        robot.interact(HelpWindowProbe::close);
    }

    @Test
    void aRemindersRuleId_isALinkThatOpensTheRuleBookAtItsParagraph(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> plain = robot.lookup(".tree-table-cell").<TreeTableCell<?, ?>>queryAll().stream()
                .filter(c -> c.getTableColumn() != null && "dueRuleColumn".equals(c.getTableColumn().getId()))
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(plain).as("the contract's own terms, in words and not a link").containsExactly("合同约定");
        Hyperlink link = robot.lookup(".rule-link").match((Hyperlink h) -> "R-PUB-PRICE".equals(h.getText()))
                .queryAs(Hyperlink.class);

        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        HelpTarget target = HelpWindowProbe.currentTarget().orElseThrow();
        assertThat(target.page()).isEqualTo("rules/deals.md");
        assertThat(target.anchor()).startsWith("r-pub-price");
    }

    @Test
    void theXlsxExport_isAPrintedListWithItsFilterInWords_andItsAmountColumn(FxRobot robot) throws Exception {
        MenuButton menu = robot.lookup("#exportMenu").queryAs(MenuButton.class);
        WaitForAsyncUtils.asyncFx(() -> menu.getItems().get(0).fire());

        RecordingXlsxWriter.Written w = writer.awaitWritten();
        assertThat(w.heading().title()).isEqualTo("待办");
        assertThat(w.heading().filter()).isEqualTo("筛选：到期 = 未来 90 天（含已逾期）");
        assertThat(w.heading().exported()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(w.heading().amountColumns()).containsExactly(5);
        assertThat(w.rows()).as("the overdue instalment and annual report, the publicity within 90 days").hasSize(3);
    }
}
