package org.transferdesk.app;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.InMemoryAppContext;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

/** Starts the whole GUI on a fresh in-memory database for TestFX tests. */
final class GuiHarness {
    final AppContext context;
    Gui gui;

    GuiHarness(Path dataDir) {
        context = InMemoryAppContext.open(dataDir);
        context.settings().setDemoOffered(true);
    }

    void seedPeople(String... staffNoAndName) {
        PersonRepository people = new PersonRepository(context.database().dsl());
        for (int i = 0; i < staffNoAndName.length; i += 2) {
            people.save(Person.create(staffNoAndName[i], staffNoAndName[i + 1]), "test", LocalDateTime.now());
        }
    }

    void start(Stage stage) {
        gui = new Gui(context, stage);
        TransferDeskApp.show(stage, context, gui);
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The rendered cell of a table at (row, column). */
    @SuppressWarnings("unchecked")
    static <S, T> TableCell<S, T> cell(FxRobot robot, TableView<S> table, int row, TableColumn<S, T> column) {
        return (TableCell<S, T>) robot.from(table).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getIndex() == row && c.getTableColumn() == column)
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + row + "/" + column.getText()));
    }

    static Node node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }
}
