package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * Issue 19: the first process to open the data folder hosts the database for the others; when it exits, a client
 * between transactions goes on (it reconnects and becomes the host) instead of failing with "Connection is broken".
 */
class HostExitsTest {
    @TempDir
    Path dir;

    @Test
    void whenTheHostExits_theClientsNextCommandWorks() throws Exception {
        Path base = dir.resolve("transferdesk");
        Process host = HostingChild.start(base);
        try {
            byte[] line = host.getInputStream().readNBytes(4);
            assertThat(new String(line, StandardCharsets.UTF_8)).isEqualTo("open");
            try (Database client = Database.openFile(base)) {
                PersonRepository people = new PersonRepository(client.dsl());
                people.save(Person.create("T001", "张三"), "test", LocalDateTime.now(TestDatabase.CLOCK));

                host.getOutputStream().close();
                assertThat(host.waitFor(30, TimeUnit.SECONDS)).isTrue();

                // every pooled connection had the host's session; each reconnects on its next statement
                for (int i = 0; i < 10; i++) {
                    assertThat(people.count()).isEqualTo(1);
                }
                people.save(Person.create("T002", "李四"), "test", LocalDateTime.now(TestDatabase.CLOCK));
                assertThat(people.count()).isEqualTo(2);
            }
        } finally {
            host.destroyForcibly();
        }
    }

    /**
     * The race the concurrent-commands test met once in CI: a command opens the database just as its host exits, so
     * H2 reads the host's address from the lock file and finds nobody listening. An open has written nothing: it tries
     * again, up to the same five attempts as a transaction, and only then tells the clerk.
     */
    @Test
    void anOpenThatMeetsAHostGoingAway_triesAgain_andGivesUpOnlyAfterFiveAttempts() throws Exception {
        try (Database db = Database.openInMemory("host-going-away")) {
            AtomicInteger attempts = new AtomicInteger();
            Database.checkReachable(() -> {
                if (attempts.incrementAndGet() < 3) {
                    throw new SQLException("Connection is broken", "08006", WriteFailures.CONNECTION_BROKEN);
                }
                return db.dsl().configuration().connectionProvider().acquire();
            });
            assertThat(attempts).hasValue(3);

            attempts.set(0);
            assertThatThrownBy(() -> Database.checkReachable(() -> {
                attempts.incrementAndGet();
                throw new SQLException("Connection is broken", "08006", WriteFailures.CONNECTION_BROKEN);
            })).isInstanceOf(UserFacingException.class).hasMessage("error.databaseConnectionLost");
            assertThat(attempts).hasValue(WriteFailures.ATTEMPTS);

            attempts.set(0);
            assertThatThrownBy(() -> Database.checkReachable(() -> {
                attempts.incrementAndGet();
                throw new SQLException("Wrong user name or password", "28000", 28000);
            })).as("other failures are told at once").isInstanceOf(UserFacingException.class);
            assertThat(attempts).hasValue(1);
        }
    }
}
