package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 24, item 6: a picker finds a company by pinyin initials or credit code, lists matches in pinyin order,
 * takes a choice on Enter, makes a new one from the typed text, and never takes typed text as a choice by itself.
 */
@ExtendWith(ApplicationExtension.class)
class SearchPickerTest {
    record Company(String name, String creditCode) {
    }

    private static final Company TIANCHENG = new Company("深圳天成新材料有限公司", "91440300MA5FTC0001");
    private static final Company HENGTONG = new Company("上海恒通医疗器械有限公司", "91310000MA1KHT0002");
    private static final Company BEIJING_TIANCHENG = new Company("北京天成科技有限公司", "91110000MA01BJ0003");

    private SearchPicker<Company> picker;
    private final List<String> created = new ArrayList<>();

    @Start
    void start(Stage stage) {
        picker = new SearchPicker<>();
        picker.setId("picker");
        picker.describe(Company::name, Company::creditCode);
        picker.getItems().setAll(TIANCHENG, HENGTONG, BEIJING_TIANCHENG);
        picker.onCreate((name, done) -> {
            created.add(name);
            done.accept(new Company(name, null));
        });
        Button elsewhere = new Button("别处");
        elsewhere.setId("elsewhere");
        GuiTestStage.show(stage, new VBox(8, picker, elsewhere), 500, 300);
    }

    /** Issue 24: near the screen's bottom the list was pushed up over its own field; it opens above it instead. */
    @Test
    void withNoRoomBelow_theListOpensAboveTheField(FxRobot robot) throws Exception {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        SearchPicker<Company> low = new SearchPicker<>();
        low.setId("lowPicker");
        low.describe(Company::name, Company::creditCode);
        low.getItems().setAll(java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> new Company("深圳天成" + i + "号有限公司", null)).toList());
        // A window of its own, as low as the field, sitting on the screen's bottom edge and shown once at that size:
        // headless Monocle cannot paint a window moved past the screen or resized, nor any window after that.
        Stage bottom = WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new javafx.scene.Scene(new VBox(low), 400, 32));
            s.setX(screen.getMinX() + 20);
            s.setY(screen.getMaxY() - 32);
            s.show();
            return s;
        }));
        try {
            robot.clickOn("#lowPicker").write("sztc");
            WaitForAsyncUtils.waitForFxEvents();
            javafx.stage.Window list = robot.listTargetWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).findFirst()
                    .orElseThrow();
            javafx.geometry.Bounds field = low.localToScreen(low.getBoundsInLocal());
            assertThat(list.getY() + list.getHeight()).as("the list's bottom, above the field's top %s", field.getMinY())
                    .isLessThanOrEqualTo(field.getMinY() + 1);
            robot.type(KeyCode.ENTER);
            assertThat(low.getValue()).as("the field kept the keyboard").isNotNull();
        } finally {
            robot.interact(bottom::close);
        }
    }

    @Test
    void initialsFindACompany_andEnterTakesIt(FxRobot robot) {
        robot.clickOn("#picker").write("sztc");
        assertThat(picker.matches()).containsExactly(TIANCHENG);
        robot.type(KeyCode.ENTER);
        assertThat(picker.getValue()).isEqualTo(TIANCHENG);
        assertThat(picker.getText()).isEqualTo("深圳天成新材料有限公司");
    }

    @Test
    void choicesTheTypedTextBeginsComeFirst(FxRobot robot) {
        Company changsha = new Company("长沙中研电子有限公司", null);
        robot.interact(() -> picker.getItems().add(changsha));
        robot.clickOn("#picker").write("sz");
        assertThat(picker.matches()).containsExactly(TIANCHENG, changsha);
    }

    @Test
    void matchesAreInPinyinOrder_andACreditCodeFindsToo(FxRobot robot) {
        robot.clickOn("#picker").write("天成");
        assertThat(picker.matches()).containsExactly(BEIJING_TIANCHENG, TIANCHENG);
        robot.interact(() -> picker.setText("MA1KHT"));
        assertThat(picker.matches()).containsExactly(HENGTONG);
    }

    @Test
    void typedTextIsNeverAChoiceOnItsOwn(FxRobot robot) {
        robot.interact(() -> picker.setValue(HENGTONG));
        robot.clickOn("#picker").eraseText(20).write("不存在的公司");
        robot.type(KeyCode.ESCAPE);
        assertThat(picker.getText()).isEqualTo("上海恒通医疗器械有限公司");

        robot.interact(() -> picker.setText("随便写写"));
        robot.interact(() -> robot.lookup("#elsewhere").query().requestFocus());
        assertThat(picker.getValue()).isEqualTo(HENGTONG);
        assertThat(picker.getText()).isEqualTo("上海恒通医疗器械有限公司");

        robot.interact(() -> {
            picker.requestFocus();
            picker.setText("");
            robot.lookup("#elsewhere").query().requestFocus();
        });
        assertThat(picker.getValue()).isNull();
    }

    @Test
    void newMakesOneFromTheTypedText(FxRobot robot) {
        robot.clickOn("#picker").write("杭州新公司");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("新建“杭州新公司”……");
        assertThat(created).containsExactly("杭州新公司");
        assertThat(picker.getValue().name()).isEqualTo("杭州新公司");
        assertThat(picker.getText()).isEqualTo("杭州新公司");
    }
}
