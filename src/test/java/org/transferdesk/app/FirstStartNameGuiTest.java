package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.access.AccountService;
import org.transferdesk.access.persistence.AccountRepository;
import org.transferdesk.common.I18n;

/**
 * Issue 22: the embedded database's user is asked their name once at the start, after the main window shows; the
 * status bar then names them. Cancel keeps the computer's user name and asks again at the next start.
 */
class FirstStartNameGuiTest extends WholeAppGuiTest {
    private Stage stage;
    private final AtomicInteger thenRan = new AtomicInteger();

    @Start
    void start(Stage shown) {
        stage = shown;
    }

    @Test
    void theFirstStart_asksTheName_andTheStatusBarShowsIt(FxRobot robot) {
        robot.interact(() -> harness.start(stage));
        assertThat(harness.context.signedIn().named()).isFalse();

        robot.interact(() -> harness.gui.askLocalNameIfNeeded(thenRan::incrementAndGet));
        assertThat(robot.lookup(I18n.t("localName.header")).tryQuery()).isPresent();
        assertThat(thenRan).as("the rest of the start waits for the answer").hasValue(0);
        // typed through the field (the robot's keyboard has no Chinese input method)
        javafx.scene.control.TextField field = robot.lookup("#localNameField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText("张敏"));
        robot.clickOn("#localNameSave");
        org.testfx.util.WaitForAsyncUtils.sleep(2, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(harness.context.signedIn().named()).as("named").isTrue();
        GuiHarness.waitUntil(() -> thenRan.get() == 1);

        assertThat(harness.context.signedIn().displayName()).isEqualTo("张敏");
        assertThat(robot.lookup("#signedInStatus").queryAs(Label.class).getText()).contains("张敏（管理员）");
        assertThat(new AccountService(new AccountRepository(harness.context.database().dsl()),
                harness.context.clock(), false).signIn().named()).as("not asked at the next start").isTrue();
        robot.interact(() -> harness.gui.askLocalNameIfNeeded(thenRan::incrementAndGet));
        assertThat(thenRan).hasValue(2);
    }

    @Test
    void cancel_keepsTheComputersUserName_andAsksAgainNextStart(FxRobot robot) {
        robot.interact(() -> harness.start(stage));

        robot.interact(() -> harness.gui.askLocalNameIfNeeded(thenRan::incrementAndGet));
        robot.clickOn(I18n.t("common.cancel"));
        GuiHarness.waitUntil(() -> thenRan.get() == 1);

        assertThat(harness.context.signedIn().named()).isFalse();
        robot.interact(() -> harness.gui.askLocalNameIfNeeded(thenRan::incrementAndGet));
        assertThat(robot.lookup("#localNameField").tryQuery()).as("asked again").isPresent();
        robot.clickOn(I18n.t("common.cancel"));
    }
}
