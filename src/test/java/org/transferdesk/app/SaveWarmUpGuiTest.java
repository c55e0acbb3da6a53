package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;
import static org.transferdesk.db.jooq.Tables.DEAL;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.ProgressSink;

/**
 * Issue 20: once the main window is up and the home screen filled, the desktop app rehearses a deal save in the
 * background, off the FX thread, once, writing nothing.
 */
class SaveWarmUpGuiTest extends WholeAppGuiTest {
    private List<?> dealsBefore;
    private int auditBefore;

    private Stage stage;

    /** Only the stage: the main window is built in the test, outside TestFX's set-up time limit (a loaded machine). */
    @Start
    void start(Stage shown) {
        stage = shown;
    }

    @Test
    void afterTheWindowIsShown_theSaveIsRehearsedOnce_offTheFxThread_writingNothing(FxRobot robot) throws Exception {
        robot.interact(() -> harness.start(stage));
        assertThat(harness.gui.saveWarmUp().finishedOn()).isNull();
        // made here, not in the FX start's time limit
        harness.context.demo().fill(10, 8, ProgressSink.NONE);
        dealsBefore = harness.context.database().dsl().selectFrom(DEAL).orderBy(DEAL.ID).fetch().intoMaps();
        auditBefore = harness.context.database().dsl().fetchCount(AUDIT_LOG);

        robot.interact(() -> harness.gui.afterShown(Optional.empty()));
        // a wait, not a time asserted: Jackson's first use alone takes seconds on a loaded two-core machine
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> harness.gui.saveWarmUp().finishedOn() != null);

        Thread ranOn = harness.gui.saveWarmUp().finishedOn();
        assertThat(ranOn.getName()).isEqualTo(SaveWarmUp.THREAD);
        assertThat(harness.context.database().dsl().selectFrom(DEAL).orderBy(DEAL.ID).fetch().intoMaps())
                .isEqualTo(dealsBefore).isNotEmpty();
        assertThat(harness.context.database().dsl().fetchCount(AUDIT_LOG)).isEqualTo(auditBefore);
        // a second call (a restore's reopened window would not make one, but the guard holds) starts nothing
        assertThat(harness.gui.saveWarmUp().start(() -> {
            throw new AssertionError("rehearsed twice");
        })).isFalse();
    }
}
