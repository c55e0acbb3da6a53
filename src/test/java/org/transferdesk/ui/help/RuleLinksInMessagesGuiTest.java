package org.transferdesk.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.EditorChrome;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.FxDialogService;
import org.transferdesk.ui.GuiTestStage;
import org.transferdesk.ui.Screenshots;

/**
 * Issue 24, item 15: a rule id in a message, wherever the app shows messages (its dialogs, an editor's problems panel),
 * is a link that opens the rule book at the rule's paragraph; an id the book does not define stays text.
 */
@ExtendWith(ApplicationExtension.class)
class RuleLinksInMessagesGuiTest {
    private Stage stage;
    private VBox problems;
    private TextField field;

    @Start
    void start(Stage s) {
        stage = s;
        HelpWindow.install(new CurrentThreadTaskExecutor());
        problems = new VBox();
        field = new TextField();
        GuiTestStage.show(s, new VBox(8, field, problems), 700, 300);
    }

    @AfterEach
    void closeHelp(FxRobot robot) {
        robot.interact(() -> HelpWindow.shown().ifPresent(Stage::close));
    }

    @Test
    void anErrorDialog_linksTheRuleItCites_toItsParagraph(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        Platform.runLater(() -> dialogs.showError("不能保存", "各行合计与奖励总额不符，未按 R-NET 扣除成本（R-ROUND 要求精确到分）；"
                + "R-2026-0001 是成果编号。", null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .rule-text").tryQuery()
                .isPresent());
        TextFlow message = robot.lookup(".dialog-pane .rule-text").queryAs(TextFlow.class);
        assertThat(message.getChildren()).filteredOn(Hyperlink.class::isInstance)
                .extracting(n -> ((Hyperlink) n).getText()).containsExactly("R-NET", "R-ROUND");
        robot.interact(() -> Screenshots.save(message.getScene(), "error-rule-link"));

        robot.clickOn("R-NET");
        WaitForAsyncUtils.waitForFxEvents();
        HelpTarget target = HelpWindow.currentTarget().orElseThrow();
        assertThat(target.page()).isEqualTo("rules/rewards.md");
        assertThat(target.anchor()).startsWith("r-net");
        robot.interact(() -> HelpWindow.shown().ifPresent(Stage::close));
        robot.clickOn(I18n.t("common.ok"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @Test
    void inTheProblemsPanel_theRuleLinkOpensTheRule_andTheLineStillLeadsToItsField(FxRobot robot) {
        javafx.collections.ObservableMap<String, String> errors = FXCollections.observableHashMap();
        String cited = "长期使用权的期限不得少于 10 年，3 年太短（R-PILOT-MODEL）。";
        String unknown = "未知的 R-" + "NOT-IN-BOOK 照原样显示。"; // split: not a citation for RuleBookTest
        robot.interact(() -> {
            FieldErrors.show(errors, java.util.Map.of(), java.util.Map.of("useYears", field));
            EditorChrome.problemLines(List.of(cited, unknown),
                    m -> m.equals(cited) ? Optional.of("useYears") : Optional.empty(), errors, problems);
        });
        assertThat(problems.getChildren().get(0)).isInstanceOf(TextFlow.class);
        assertThat(problems.getChildren().get(1)).as("an id the book does not define").isInstanceOf(Label.class);

        robot.clickOn("R-PILOT-MODEL");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(HelpWindow.currentTarget().orElseThrow().page()).isEqualTo("rules/pilot.md");
        assertThat(field.isFocused()).as("the rule's link does not also go to the field").isFalse();

        robot.interact(() -> HelpWindow.shown().ifPresent(Stage::close));
        Node line = problems.getChildren().get(0);
        robot.clickOn(robot.point(line).atPosition(javafx.geometry.Pos.TOP_LEFT)
                .atOffset(new javafx.geometry.Point2D(4, 6)).query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.isFocused()).isTrue();
    }
}
