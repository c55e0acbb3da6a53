package org.transferdesk.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;

/**
 * What the GUI tests of list pages share: a toolkit executor that fails the test when a background task fails, export
 * actions over a fake dialog service, the page shown themed on the test's stage, and waiting for the table's rows.
 * Made in the test's {@code @Start}; closed after each test.
 */
public final class ListPageStage implements AutoCloseable {
    private final FxTaskExecutor executor = new FxTaskExecutor(e -> {
        throw new AssertionError(e);
    });

    public FxTaskExecutor executor() {
        return executor;
    }

    public ExportActions export() {
        return new ExportActions(new FakeDialogService(), executor, null, TestDatabase.CLOCK);
    }

    /** Builds the page (it starts loading) and shows it on {@code stage}, {@code width} wide and 600 high. */
    public Page show(Stage stage, ListPageView<?> view, double width) {
        Page page = view.build();
        Theme.apply(page.node());
        stage.setScene(new Scene(page.node(), width, 600));
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

    @Override
    public void close() {
        executor.close();
    }
}
