package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DiligenceItem;
import org.transferdesk.deal.DiligenceService;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.persistence.DiligenceRepository;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.GuiTestStage;
import org.transferdesk.ui.LabelsForFields;

/** The diligence pane on screen: the summary names the missing count; attaching a file settles an item. */
@ExtendWith(ApplicationExtension.class)
class DiligenceViewTest {
    private Database db;
    private FxTaskExecutor executor;
    private DiligenceViewModel vm;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Path> opened = new ArrayList<>();
    private Path dataRoot;
    private Parent root;
    private Deal deal;

    @Start
    void start(Stage stage) throws Exception {
        dataRoot = Files.createTempDirectory("diligence-view");
        db = TestDatabase.fresh();
        db.executeRaw("INSERT INTO deal (contract_no, mode, title, contract_amount) VALUES ('JS-1', 'LICENSE', '许可', 0)");
        long id = ((Number) db.dsl().fetchValue("SELECT MAX(id) FROM deal")).longValue();
        deal = DealBuilder.deal().mode(DealMode.LICENSE).id(id).contractNo("JS-1").title("许可")
                .contractAmount(BigDecimal.ZERO).pricing(PricingMethod.NEGOTIATED).status(DealStatus.SIGNED).build();
        executor = GuiTestStage.failingExecutor();
        vm = new DiligenceViewModel(new DiligenceService(new org.transferdesk.common.FileStore(dataRoot), new DiligenceRepository(db.dsl()), TestDatabase.CLOCK),
                executor, dialogs, opened::add);
        root = new DiligenceView(vm).build();
        GuiTestStage.show(stage, root, 900, 600);
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        db.close();
    }

    @Test
    void summaryCountsMissing_andAttachingTheContractSettlesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.load(deal));
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "缺少 6 项".equals(summary.getText()));
        LabelsForFields.assertEveryMnemonicLabelHasItsField(root);

        dialogs.fileAnswer = Files.writeString(dataRoot.resolve("signed.pdf"), "abc");
        TableView<?> items = robot.lookup("#itemsTable").queryTableView();
        robot.interact(() -> {
            items.getSelectionModel().select(DiligenceItem.SIGNED_CONTRACT.ordinal());
            items.scrollTo(DiligenceItem.SIGNED_CONTRACT.ordinal());
        });
        robot.clickOn("#attachButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "缺少 5 项".equals(summary.getText()));
        TableView<?> files = robot.lookup("#filesTable").queryTableView();
        assertThat(files.getItems()).hasSize(1);
        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn("#openButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).hasSize(1);
    }

}
