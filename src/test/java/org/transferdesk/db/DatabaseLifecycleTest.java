package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

class DatabaseLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void databaseFromNewerVersion_isRefused_andNothingIsMigrated() {
        Path base = dir.resolve("transferdesk");
        try (Database db = Database.openFile(base)) {
            db.dsl().execute("insert into flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) values (99, '99', 'future', "
                    + "'SQL', 'V99__future.sql', 0, 'sa', current_timestamp, 1, true)");
        }

        assertThatThrownBy(() -> Database.openFile(base))
                .isInstanceOf(DatabaseTooNewException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.databaseTooNew"));

        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base + Database.OPTIONS, "sa", TestKeys.password(base))) {
            var rs = c.createStatement().executeQuery("select count(*), max(installed_rank) from flyway_schema_history where version is not null");
            rs.next();
            // every shipped migration plus the future one, nothing more
            assertThat(rs.getInt(1)).as("no migration was attempted").isEqualTo(org.transferdesk.TestDatabase.migrationFiles() + 1);
            assertThat(rs.getInt(2)).isEqualTo(99);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void secondProcess_worksWhileTheDatabaseIsOpen() throws Exception {
        try (Database db = Database.openFile(dir.resolve("transferdesk"))) {
            new PersonRepository(db.dsl()).save(Person.create("T001", "张三"), "test", LocalDateTime.now());
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8",
                    "org.transferdesk.app.Launcher", "info", "--lang", "en", "--data-dir", dir.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("1 people");
            // The first process still works after the second one used the database.
            assertThat(new PersonRepository(db.dsl()).count()).isEqualTo(1);
        }
    }
}
