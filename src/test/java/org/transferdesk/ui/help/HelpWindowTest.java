package org.transferdesk.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.GuiTestStage;

/** Issue 24, item 15: a rule id on a screen opens the help window at that rule's paragraph. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {
    @Start
    void start(Stage stage) {
        VBox screen = new VBox(8, HelpLinks.ruleLink("R-TAX58"), HelpLinks.legend(java.util.List.of("R-NET", "R-ROUND")),
                HelpLinks.helpButton(HelpLinks.REWARDS));
        GuiTestStage.show(stage, screen, 600, 200);
    }

    @AfterEach
    void closeHelp(FxRobot robot) {
        robot.interact(() -> HelpWindow.shown().ifPresent(Stage::close));
    }

    @Test
    void aRuleLink_opensTheRuleBookAtTheRulesParagraph_inView(FxRobot robot) {
        robot.clickOn("R-TAX58");
        WaitForAsyncUtils.waitForFxEvents();

        HelpTarget target = HelpWindow.currentTarget().orElseThrow();
        assertThat(target.page()).isEqualTo("rules/tax.md");
        assertThat(target.anchor()).startsWith("r-tax58");
        assertInView(robot, HelpWindow.anchorNode(target.anchor()).orElseThrow());
        assertThat(HelpWindow.shown().orElseThrow().getTitle()).isEqualTo(I18n.t("help.title"));
        assertThat(robot.lookup("#helpContents").<javafx.scene.control.TreeView<?>>query().getExpandedItemCount())
                .as("the contents list the guide and the rule book's pages, the page shown opened").isGreaterThan(12);
    }

    @Test
    void theLegendNamesEachRule_andItsLinkOpensItsParagraph(FxRobot robot) {
        assertThat(robot.lookup("#ruleLegend .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(I18n.t("helpRule.net"), I18n.t("helpRule.round"));
        robot.clickOn("R-ROUND");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(HelpWindow.currentTarget().orElseThrow().page()).isEqualTo("rules/rewards.md");
        assertInView(robot, HelpWindow.anchorNode(HelpWindow.currentTarget().orElseThrow().anchor()).orElseThrow());
    }

    @Test
    void theHelpButton_opensTheGuideAtTheScreensSection_andItsLinksLeadToTheRuleBook(FxRobot robot) {
        robot.clickOn("#helpButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(HelpWindow.currentTarget()).contains(HelpTarget.guide(HelpLinks.REWARDS));
        assertInView(robot, HelpWindow.anchorNode(HelpLinks.REWARDS).orElseThrow());

        Hyperlink toRules = robot.lookup("#helpScroll .help-link")
                .match(n -> "rules/index.md".equals(n.getUserData())).queryAs(Hyperlink.class);
        robot.interact(toRules::fire);
        assertThat(HelpWindow.currentTarget().orElseThrow().page()).isEqualTo("rules/index.md");

        robot.clickOn("#helpBack");
        assertThat(HelpWindow.currentTarget()).contains(HelpTarget.guide(HelpLinks.REWARDS));
    }

    @Test
    void findInPage_countsTheBlocksThatHoldTheText(FxRobot robot) {
        robot.interact(() -> HelpWindow.open(new HelpTarget("rules/tax.md", "")));
        robot.clickOn("#helpFind").write("58号");
        WaitForAsyncUtils.waitForFxEvents();

        String count = robot.lookup("#helpFindCount").queryAs(Label.class).getText();
        assertThat(count).isNotEmpty().isNotEqualTo(I18n.t("help.find.none"));
        assertThat(robot.lookup(".help-find-hit").queryAll()).hasSize(1);
    }

    private static void assertInView(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#helpScroll").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
        Bounds shown = node.localToScene(node.getBoundsInLocal());
        assertThat(shown.getMinY()).as("the paragraph's top is inside the visible page")
                .isBetween(viewport.getMinY() - 1, viewport.getMaxY() - 20);
    }
}
