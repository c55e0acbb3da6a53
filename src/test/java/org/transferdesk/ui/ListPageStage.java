package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;

/**
 * What the GUI tests of list pages and registers share: a toolkit executor that fails the test when a background task
 * fails, a fake dialog service and export actions over it, the page shown themed on the test's stage, waiting for the
 * table's rows, and a register's form opened by "new". Made in the test's {@code @Start} over the data the page reads;
 * closed after each test ({@code @AutoClose}).
 */
public final class ListPageStage implements AutoCloseable {
    private final AutoCloseable data;
    private final FxTaskExecutor executor = new FxTaskExecutor(e -> {
        throw new AssertionError(e);
    });
    private final FakeDialogService dialogs = new FakeDialogService();

    /** {@code data}: what the page reads (a database, the screen data), closed with the stage. */
    public ListPageStage(AutoCloseable data) {
        this.data = data;
    }

    public FxTaskExecutor executor() {
        return executor;
    }

    public FakeDialogService dialogs() {
        return dialogs;
    }

    public ExportActions export() {
        return new ExportActions(dialogs, executor, null, TestDatabase.CLOCK);
    }

    /** Builds the page (it starts loading) and shows it on {@code stage}, {@code width} wide and 600 high. */
    public Page show(Stage stage, ListPageView<?> view, double width) {
        return show(stage, view, width, 600);
    }

    /** As {@link #show(Stage, ListPageView, double)}, {@code height} high (a register's form wants more). */
    public Page show(Stage stage, ListPageView<?> view, double width, double height) {
        Page page = view.build();
        Theme.apply(page.node());
        stage.setScene(new Scene(page.node(), width, height));
        stage.show();
        return page;
    }

    /** The page's table ({@code #table}). */
    public static <R> TableView<R> table(FxRobot robot) {
        return robot.lookup("#table").queryTableView();
    }

    /** Waits (at most 10 s) until the table shows {@code count} rows, then for the toolkit to settle. */
    public static void waitForRows(FxRobot robot, int count) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types {@code text} into the search box and waits until the table shows {@code count} rows. */
    public static void search(FxRobot robot, String text, int count) throws Exception {
        robot.clickOn("#searchField").write(text);
        waitForRows(robot, count);
    }

    /** Whether a register's form ({@code #formPane}) is shown. */
    public static boolean formShown(FxRobot robot) {
        return robot.lookup("#formPane").query().isVisible();
    }

    /** A register's "new" button opens its form, hidden until then, with a field for every mnemonic label. */
    public static void newOpensTheForm(FxRobot robot, Parent root) {
        assertThat(formShown(robot)).isFalse();
        robot.clickOn("#newButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(formShown(robot)).isTrue();
        LabelsForFields.assertEveryMnemonicLabelHasItsField(root);
    }

    /** Stops the executor before closing the data, so no task of the page reads closed data. */
    @Override
    public void close() throws Exception {
        executor.close();
        data.close();
    }
}
