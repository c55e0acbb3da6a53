package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.people.Person;
import org.transferdesk.people.ui.PeopleListViewModel;
import org.transferdesk.ui.ColleaguesChanges;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;

/**
 * Colleagues' changes on the shared database (issue 21): every table announces its writes (V17's triggers), a
 * second app on the same database hears them, not its own, and its open list shows a colleague's new person.
 */
@Tag(TestDatabase.TAG)
class ChangeListenerTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "person TransferDesk/b-colleague | person",
        "deal TransferDesk/a-me          | -",
        "receipt                         | receipt",
        "' TransferDesk/b'               | -",
        "-                               | -",
    })
    void aNotification_namesItsTable_unlessItIsOurOwn(String payload, String table) {
        assertThat(ChangeListener.tableOf(payload, "TransferDesk/a-me")).isEqualTo(table);
    }

    @Test
    void everyTable_announcesItsWrites_onPostgresql() {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "the embedded database has no colleagues");
        try (Database db = TestDatabase.fresh()) {
            var silent = db.dsl().fetch("""
                    select t.table_name from information_schema.tables t
                    where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                      and t.table_name <> 'flyway_schema_history'
                      and not exists (select 1 from pg_trigger g where g.tgrelid = t.table_name::regclass
                                      and g.tgname = t.table_name || '_changed')
                    order by 1""").getValues(0, String.class);
            assertThat(silent).as("tables whose writes nobody hears of").isEmpty();
        }
    }

    @Test
    void aSecondApp_hearsAColleaguesChange_notItsOwn_andItsOpenListShowsIt() throws Exception {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "the embedded database has no colleagues");
        try (Database mine = TestDatabase.fresh();
             Database theirs = Database.openServer(mine.url(), null, null, UpgradeGuard.NONE);
             AppContext me = new AppContext(new DataFolder(tmp.resolve("me")), mine, TestDatabase.CLOCK);
             AppContext colleague = new AppContext(new DataFolder(tmp.resolve("them")), theirs, TestDatabase.CLOCK)) {
            LinkedBlockingQueue<Set<String>> heard = new LinkedBlockingQueue<>();
            DataEvents events = new DataEvents();
            PeopleListViewModel list = new PeopleListViewModel(me.people(), me.disclosures(),
                    new CurrentThreadTaskExecutor(), events);
            list.load();
            assertThat(list.rows()).isEmpty();
            try (AutoCloseable tables = mine.listenForChanges(heard::add);
                 AutoCloseable screens = ColleaguesChanges.follow(mine, events, Runnable::run)) {
                // my own write first: my screens knew of it, so it is not announced back to me
                me.people().save(Person.create("ME-0001", "我自己"));
                colleague.people().save(Person.create("T-0001", "同事甲"));

                Set<String> first = heard.poll(30, TimeUnit.SECONDS);
                assertThat(first).as("a colleague's save is heard").isNotNull().contains("person");
                // the screens hear it on their own listener: wait until the list has reloaded
                for (int i = 0; i < 300 && list.rows().stream().noneMatch(r -> "同事甲".equals(r.name())); i++) {
                    Thread.sleep(100);
                }
                assertThat(list.rows()).extracting(r -> r.name()).contains("同事甲", "我自己");

                // and my own write alone is not announced to me: nothing arrives while a colleague's would have
                me.people().save(Person.create("ME-0002", "我自己二"));
                assertThat(heard.poll(3 * ChangeListener.MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS)).isNull();
            }
        }
    }
}
