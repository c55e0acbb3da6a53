package org.transferdesk.need.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.ui.DealEditorView;
import org.transferdesk.deal.ui.DealEditorViewModel;
import org.transferdesk.deal.ui.LinkedResultsViewModel;
import org.transferdesk.need.Need;
import org.transferdesk.need.NeedFixture;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.GuiTestStage;
import org.transferdesk.ui.LabelsForFields;
import org.transferdesk.ui.SearchPicker;

/**
 * Issue 25's done-when: a need becomes a draft deal. From a need in negotiation, 起草合同 has the deal service draft
 * the deal (the company, the need's title, the offered result) and the deal editor opens it; the need shows it linked.
 */
@Tag(TestDatabase.TAG)
@ExtendWith(ApplicationExtension.class)
class NeedDraftDealGuiTest {
    // made before the toolkit's setup, which has a time limit a loaded machine's demo fill could exceed
    private final Database db = TestDatabase.fresh();
    private final NeedFixture f = new NeedFixture(db);
    private FxTaskExecutor executor;
    private NeedEditorViewModel vm;
    private DealEditorViewModel dealEditor;
    private Parent root;
    private final Counterparty company = f.company("西安某某新材料有限公司");
    private final Need need = f.negotiating(company, "高容量锂电池负极材料开发", f.result(0));

    @Start
    void start(Stage stage) {
        executor = GuiTestStage.failingExecutor();
        DataEvents events = new DataEvents();
        FakeDialogService dialogs = new FakeDialogService();
        vm = new NeedEditorViewModel(f.needs, new LinkedResultsViewModel(f.search, executor), executor, dialogs,
                events, dealId -> {
                    // as the app's window does: the deal editor on the same services, loading the drafted deal
                    dealEditor = new DealEditorViewModel(f.deals, f.counterparties, f.search, executor, dialogs, events);
                    Stage dealStage = new Stage();
                    GuiTestStage.showEditor(dealStage, new DealEditorView(dealEditor, dealStage::close).build(),
                            () -> dealEditor.save(ok -> { }));
                    dealEditor.load(dealId, () -> { });
                });
        root = new NeedEditorView(vm, () -> { }).build();
        GuiTestStage.show(stage, root);
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        db.close();
    }

    @Test
    void aNeedInNegotiation_becomesADraftDeal_openInTheDealEditor(FxRobot robot) throws Exception {
        GuiTestStage.loadAndWait(ready -> vm.load(need.id(), ready), () -> true);
        LabelsForFields.assertEveryMnemonicLabelHasItsField(root);
        @SuppressWarnings("unchecked")
        SearchPicker<Counterparty> companyField = robot.lookup("#companyField").queryAs(SearchPicker.class);
        assertThat(companyField.getValue()).isEqualTo(company);

        robot.clickOn("推荐成果与合同");
        Button draft = robot.lookup("#draftDealButton").queryButton();
        assertThat(draft.isDisabled()).isFalse();
        robot.clickOn(draft);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dealEditor != null
                && dealEditor.session().stored() != null && !dealEditor.session().stored().isNew());
        WaitForAsyncUtils.waitForFxEvents();

        Deal drafted = dealEditor.session().stored();
        assertThat(drafted.status()).isEqualTo(DealStatus.DRAFT);
        assertThat(drafted.title()).isEqualTo("高容量锂电池负极材料开发");
        assertThat(drafted.counterpartyId()).isEqualTo(company.id());
        assertThat(drafted.results()).containsExactly(f.result(0));
        List<TextField> titles = robot.lookup("#titleField").queryAllAs(TextField.class).stream()
                .filter(t -> t.getScene() != root.getScene()).toList();
        assertThat(titles).singleElement().satisfies(t -> assertThat(t.getText()).isEqualTo("高容量锂电池负极材料开发"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dealLabel").queryAs(Label.class).getText()).contains(drafted.contractNo());
        assertThat(draft.isDisabled()).isTrue();
        assertThat(f.needs.find(need.id()).orElseThrow().dealId()).isEqualTo(drafted.id());
    }
}
