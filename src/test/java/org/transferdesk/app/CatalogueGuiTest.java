package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.catalogue.CatalogueRow;
import org.transferdesk.catalogue.ProfileStatus;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.ui.Module;

/** Issue 25 through the GUI: a result's profile written in the editor, published, and seen as 已发布 on 成果目录. */
class CatalogueGuiTest extends WholeAppGuiTest {
    private Disclosure result;

    @Start
    void start(Stage stage) {
        Disclosure d = new RewardFixture(harness.context.database().dsl()).e1Team(LeaderRole.NONE).result;
        IpAsset patent = new IpAsset(null, IpType.INVENTION_PATENT, "ZL202310000001.X", d.title(),
                LocalDate.of(2023, 3, 10), LocalDate.of(2024, 5, 1), IpStatus.GRANTED, "示例大学");
        result = new DisclosureRepository(harness.context.database().dsl()).save(DisclosureBuilder.toBuilder(d)
                .ipAssets(List.of(patent)).build(), "test", LocalDateTime.of(2026, 11, 22, 9, 0));
        harness.start(stage);
    }

    private static void text(FxRobot robot, Scene s, String id, String value) {
        robot.interact(() -> ((TextInputControl) s.lookup(id)).setText(value));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProfilePublishedInTheEditorShowsAsPublishedInTheList(FxRobot robot) {
        robot.interact(() -> harness.gui.show(Module.CATALOGUE));
        TableView<CatalogueRow> table = robot.lookup("#table").queryAs(TableView.class);
        GuiHarness.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).status()).isEqualTo(ProfileStatus.NONE);

        robot.interact(() -> harness.gui.openCatalogueProfile(result.id()));
        String key = "catalogue:" + result.id();
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().containsKey(key));
        Scene s = harness.gui.editors().openWindows().get(key).getScene();
        Button publish = (Button) s.lookup("#publishButton");
        GuiHarness.waitUntil(() -> !publish.isDisabled());
        text(robot, s, "#titleZhField", "高效锂电池正极材料");
        text(robot, s, "#summaryZhField", "高镍三元正极材料，循环寿命长，适用于动力电池。");
        text(robot, s, "#consentRefField", "完成人同意公开书第 12 号");
        robot.interact(() -> ((DatePicker) s.lookup("#consentOnField")).setValue(LocalDate.of(2026, 11, 20)));
        robot.interact(() -> ((javafx.scene.control.TabPane) s.lookup("#tabs")).getSelectionModel().select(3));
        robot.clickOn(publish);

        GuiHarness.waitUntil(() -> harness.context.catalogue().published().size() == 1);
        GuiHarness.waitUntil(() -> table.getItems().size() == 1
                && table.getItems().get(0).status() == ProfileStatus.PUBLISHED);
        assertThat(table.getItems().get(0).publicTitle()).isEqualTo("高效锂电池正极材料");
        assertThat(harness.context.catalogue().published().get(0).publishedOn())
                .isEqualTo(harness.context.catalogue().today());
    }
}
