package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.I18n;

/**
 * The app's dialogs and notices on a real stage: a confirmation with many lines of details scrolls; buttons speak
 * the app's language and a dialog grows with its content (issue 24, item 10); a notice is drawn in the app's font at
 * the top of its window, one at a time, and its action link runs (issue 24, item 3).
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 800, 600));
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

    /** Issue 24: JavaFX's "Show Details"/"Hide Details" followed the JVM's locale, not the app's. */
    @Test
    void theErrorDetailsLinkSpeaksTheAppLanguage(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        Platform.runLater(() -> dialogs.showError("出错了", "无法保存。", new IllegalStateException("boom")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane .details-button").tryQuery().isPresent());
        Hyperlink link = robot.lookup(".dialog-pane .details-button").queryAs(Hyperlink.class);
        try {
            assertThat(link.getText()).isEqualTo(I18n.t("dialogsFix.details.show")).isEqualTo("显示详细信息");
            robot.interact(link::fire);
            assertThat(link.getText()).isEqualTo("隐藏详细信息");
            robot.interact(link::fire);
            assertThat(link.getText()).isEqualTo("显示详细信息");
        } finally {
            robot.interact(() -> ((Stage) link.getScene().getWindow()).close());
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @Test
    void anInformationBoxSaysOkInTheAppLanguage(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        Platform.runLater(() -> dialogs.showInfo("关于", "科技成果转化台账"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        Button only = robot.lookup(".dialog-pane .button").queryAs(Button.class);
        assertThat(only.getText()).isEqualTo(I18n.t("common.ok")).isEqualTo("确定");
        robot.clickOn(only);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @Test
    void aDialogGrowsWhenMessagesAppear(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Dialog<Void>> made = new java.util.concurrent.atomic.AtomicReference<>();
        VBox messages = new VBox(new Label("第一行"));
        robot.interact(() -> {
            Dialog<Void> dialog = new Dialog<>();
            made.set(dialog);
            dialog.initOwner(stage);
            dialog.getDialogPane().setContent(messages);
            dialog.getDialogPane().getButtonTypes().setAll(Dialogs.ok(), Dialogs.cancel());
            Dialogs.fitContent(dialog);
            dialog.show();
        });
        Dialog<Void> dialog = made.get();
        DialogPane pane = dialog.getDialogPane();
        double before = pane.getHeight();
        robot.interact(() -> {
            for (int i = 0; i < 8; i++) {
                messages.getChildren().add(new Label("字段有误：第 " + i + " 项"));
            }
            pane.applyCss();
            pane.layout();
            Dialogs.refit(dialog);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getHeight()).isGreaterThan(before + 8 * 10);
        assertThat(pane.getHeight()).isGreaterThanOrEqualTo(pane.prefHeight(pane.getWidth()) - 1);
        assertThat(pane.lookupAll(".button")).extracting(n -> ((Button) n).getText())
                .containsExactlyInAnyOrder("确定", "取消");
        robot.interact(dialog::close);
    }

    @Test
    void aNoticeUsesTheAppFont_atTheTopOfItsWindow(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        robot.interact(() -> dialogs.notify("已保存：R-2026-0001"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#toast").tryQuery().isPresent());

        Label text = robot.lookup("#toast .label").queryAs(Label.class);
        assertThat(text.getText()).isEqualTo("已保存：R-2026-0001");
        assertThat(text.getFont().getFamily()).isEqualTo(Theme.fontFamily());
        Bounds onScreen = text.localToScreen(text.getBoundsInLocal());
        assertThat(onScreen.getMaxY()).isLessThan(stage.getY() + stage.getHeight() / 2);
        assertThat(robot.lookup("#toast .hyperlink").tryQuery()).isEmpty();
    }

    @Test
    void aNewerNoticeReplacesTheOlder_andItsActionRuns(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        AtomicInteger opened = new AtomicInteger();
        robot.interact(() -> {
            dialogs.notify("第一条");
            dialogs.notify("已导出 3 行", "打开文件夹", opened::incrementAndGet);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#toast .hyperlink").tryQuery().isPresent());
        assertThat(robot.lookup("#toast").queryAll()).hasSize(1);

        robot.clickOn(robot.lookup("#toast .hyperlink").queryAs(Hyperlink.class));
        assertThat(opened.get()).isEqualTo(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#toast").tryQuery().isEmpty());
    }

    @Test
    void aWrittenFileOffersItsFolder_whereFoldersCanBeOpened(FxRobot robot) throws Exception {
        java.util.List<java.nio.file.Path> opened = new java.util.ArrayList<>();
        java.nio.file.Path file = java.nio.file.Path.of("导出", "合同台账-2026-12-07.xlsx").toAbsolutePath();
        FxDialogService desktop = new FxDialogService(() -> stage, opened::add);
        robot.interact(() -> desktop.fileWritten("已导出 3 行到 " + file, file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#toast .hyperlink").tryQuery().isPresent());
        Hyperlink link = robot.lookup("#toast .hyperlink").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("打开文件夹");
        robot.clickOn(link);
        assertThat(opened).containsExactly(file.getParent());

        robot.interact(() -> new FxDialogService(() -> stage).fileWritten("已导出", file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#toast").tryQuery().isPresent());
        assertThat(robot.lookup("#toast .hyperlink").tryQuery()).isEmpty();
    }
}
