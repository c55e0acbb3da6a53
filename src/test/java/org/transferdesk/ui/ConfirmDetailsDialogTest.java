package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.I18n;

/** A confirmation with many lines of details (an import's changes) shows them in a scrolling, read-only box. */
@ExtendWith(ApplicationExtension.class)
class ConfirmDetailsDialogTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 600, 400));
        s.show();
    }

    @Test
    void theDetailsScroll_andOkConfirms(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        List<String> lines = new java.util.ArrayList<>(List.of("2027 年放假安排，共 40 天；依据：https://www.gov.cn/…",
                "2027 年：新增 40 天，修改 0 天，删除 0 天（原 0 天 → 40 天）"));
        for (int i = 1; i <= 40; i++) {
            lines.add("  + 2027-02-" + String.format("%02d", i % 28 + 1) + " 放假 春节");
        }
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.confirmDetails(I18n.t("workCalendar.import.confirmTitle"),
                I18n.t("workCalendar.import.confirmHeader"), String.join("\n", lines))));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".text-area").tryQuery().isPresent());
        TextArea details = robot.lookup(".text-area").queryAs(TextArea.class);
        assertThat(details.isEditable()).isFalse();
        assertThat(details.getText()).startsWith("2027 年放假安排").contains("新增 40 天");
        robot.interact(() -> Screenshots.save(details.getScene(), "import-confirm"));

        robot.clickOn(I18n.t("common.ok"));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isTrue();
    }
}
