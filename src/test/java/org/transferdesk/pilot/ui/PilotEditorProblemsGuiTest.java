package org.transferdesk.pilot.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.Database;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.ResultDeals;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.GuiTestStage;
import org.transferdesk.ui.Screenshots;
import org.transferdesk.ui.help.HelpWindow;

/**
 * Issue 24, items 9 and 15, in the pilot editor as its window shows it: the problems panel appears without moving the
 * form; a listed problem takes the user to its field in its tab, and leaves the list as that field is fixed; the rule
 * a problem cites is a link to the rule book.
 */
@ExtendWith(ApplicationExtension.class)
@Tag(TestDatabase.TAG)
class PilotEditorProblemsGuiTest {
    @TempDir
    static Path dataRoot;

    private static Database db;
    private static RewardFixture fixture;
    private static PilotFixture pilots;
    private static PeopleService people;
    private FxTaskExecutor executor;
    private PilotEditorViewModel vm;

    /** Before the window opens: a fresh database takes longer than TestFX waits for a window's set-up. */
    @BeforeAll
    static void database() {
        db = TestDatabase.fresh();
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
        pilots = new PilotFixture(db, dataRoot, ResultDeals.NONE);
        people = new PeopleService(new PersonRepository(db.dsl()), new DepartmentRepository(db.dsl()),
                new PersonEpisodeRepository(db.dsl()), new AuditRepository(db.dsl()), TestDatabase.CLOCK);
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        // the rule book read, so the rules it defines are links
        HelpWindow.install(new CurrentThreadTaskExecutor());
        executor = GuiTestStage.failingExecutor();
        vm = new PilotEditorViewModel(pilots.service, new PilotTeamViewModel(people), executor, new FakeDialogService(),
                new DataEvents());
        GuiTestStage.showEditor(stage, new PilotEditorView(vm, () -> { }, id -> { }).build(), () -> vm.save(ok -> { }));
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
    }

    @Test
    void theProblemsAppearWithoutMovingTheForm_linkToTheirField_andLeaveAsItIsFixed(FxRobot robot) throws Exception {
        GuiTestStage.loadAndWait(done -> vm.startFor(fixture.result.id(), done, e -> { throw new AssertionError(e); }),
                () -> true);
        robot.interact(() -> {
            vm.plan().model().set(org.transferdesk.pilot.PilotModel.LONG_TERM_USE);
            vm.plan().useYears().set("3");
            vm.team().rows().get(0).shareProperty().set("90");
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField useYears = robot.lookup("#useYearsField").queryAs(TextField.class);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        double fieldY = sceneY(useYears);
        double tabsY = sceneY(tabs);
        robot.interact(() -> tabs.getSelectionModel().select(1));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        GuiTestStage.loadAndWait(done -> done.run(), () -> robot.lookup("#problemsPanel").query().isVisible());
        assertThat(sceneY(tabs)).as("the tabs stay where they were").isEqualTo(tabsY);

        Node tooShort = problemLine(robot, "R-PILOT-MODEL");
        assertThat(tooShort).as("a line citing a rule").isInstanceOf(TextFlow.class);
        assertThat(((TextFlow) tooShort).getChildren()).filteredOn(Hyperlink.class::isInstance)
                .extracting(n -> ((Hyperlink) n).getText()).containsExactly("R-PILOT-MODEL");

        robot.clickOn(robot.point(tooShort).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(4, 6)).query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("planTab");
        assertThat(useYears.isFocused()).isTrue();
        assertThat(sceneY(useYears)).as("the field under the panel's appearance stays put").isEqualTo(fieldY);
        robot.interact(() -> Screenshots.save(useYears.getScene(), "pilot-live-problems"));

        robot.interact(useYears::selectAll);
        robot.write("30");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines(robot)).noneMatch(text -> text.contains("R-PILOT-MODEL"))
                .singleElement().asString().contains("内部份额合计");
        assertThat(useYears.getStyleClass()).doesNotContain("invalid");
    }

    private static double sceneY(Node node) {
        return node.localToScene(node.getLayoutBounds()).getMinY(); // its box, not the red border drawn around it
    }

    private static List<String> lines(FxRobot robot) {
        return robot.lookup("#problemsList").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(PilotEditorProblemsGuiTest::text).toList();
    }

    private static String text(Node line) {
        return line instanceof Labeled l ? l.getText() : String.valueOf(line.getUserData());
    }

    private static Node problemLine(FxRobot robot, String containing) {
        return robot.lookup("#problemsList").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> text(n).contains(containing)).findFirst().orElseThrow();
    }
}
