package org.transferdesk.access.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.TestAccounts;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.common.Role;
import org.transferdesk.db.Database;

/**
 * Issue 22, R-AUDIT-TRAIL: on the shared database a change made without the app — here a clerk's own psql-like
 * connection — is audited by the database itself: the changed columns, the login, the transaction; an ID number only
 * masked. Every table a user can change has the trigger, so a table added later without it fails here.
 */
@Tag(TestDatabase.TAG)
class DatabaseWrittenAuditTest {
    private Database db;
    private String clerk;

    @BeforeEach
    void setUp() {
        assumeTrue(TestDatabase.onPostgres(), "the embedded database has one writer, the app");
        db = TestDatabase.fresh();
        clerk = "clerk_" + TestAccounts.uniqueSuffix();
        TestAccounts.create(db, clerk, "经办", Role.CLERK);
    }

    @AfterEach
    void tearDown() {
        if (db != null) {
            db.close();
        }
    }

    private Connection asClerk() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", clerk);
        p.setProperty("password", TestAccounts.PASSWORD);
        return DriverManager.getConnection(db.url().replaceAll("\\?.*$", ""), p);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    @Test
    void aChangeOutsideTheAppIsAuditedByTheDatabase() throws SQLException {
        try (Connection c = asClerk(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO person (staff_no, name, id_number) VALUES ('T1', '赵六', '11010519491231002X')");
            s.executeUpdate("UPDATE person SET name = '赵六六', version = version + 1 WHERE staff_no = 'T1'");
        }
        List<String> audit = rows("SELECT actor, entity, action, origin, changes, tx_id IS NOT NULL FROM audit_log "
                + "WHERE entity = 'person' ORDER BY id");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).startsWith(clerk + "|person|CREATE|DB|").contains("\"after\": \"T1\"")
                .contains("110105********002X").doesNotContain("11010519491231002X").endsWith("|t");
        // the bookkeeping (version, updated_at) is not a change worth a line
        assertThat(audit.get(1)).startsWith(clerk + "|person|UPDATE|DB|")
                .contains("{\"after\": \"赵六六\", \"field\": \"name\", \"before\": \"赵六\"}").doesNotContain("version");
    }

    @Test
    void theAppsOwnAuditRowAndTheDatabasesShareTheTransaction() throws SQLException {
        try (Connection c = asClerk()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO department (name) VALUES ('材料学院')");
                s.executeUpdate("INSERT INTO audit_log (occurred_at, actor, entity, entity_id, action, changes) "
                        + "VALUES (LOCALTIMESTAMP, 'x', 'department', 1, 'CREATE', '[]')");
            }
            c.commit();
        }
        assertThat(rows("SELECT count(DISTINCT tx_id), string_agg(origin, ',' ORDER BY origin) FROM audit_log "
                + "WHERE entity = 'department'")).containsExactly("1|APP,DB");
    }

    @Test
    void everyTableAUserCanChangeIsAudited() throws SQLException {
        assertThat(rows("SELECT tablename FROM pg_tables t WHERE schemaname = current_schema() AND tablename NOT IN "
                + "('audit_log', 'audit_chain_head', 'app_meta', 'flyway_schema_history') AND NOT EXISTS (SELECT 1 "
                + "FROM pg_trigger g WHERE g.tgrelid = (quote_ident(t.tablename))::regclass "
                + "AND g.tgname = 'audit_change') ORDER BY 1")).isEmpty();
    }

    @Test
    void theHistoryShowsAChangeOutsideTheApp_byName_andTheAppsOwnSavesOnce() throws SQLException {
        long id;
        try (Connection c = asClerk(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO person (staff_no, name) VALUES ('T2', '钱七')");
            try (ResultSet rs = s.executeQuery("SELECT id FROM person WHERE staff_no = 'T2'")) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (Database asClerk = TestAccounts.openAs(db, clerk)) {
            org.transferdesk.people.persistence.PersonRepository people =
                    new org.transferdesk.people.persistence.PersonRepository(asClerk.dsl());
            org.transferdesk.people.Person stored = people.findById(id).orElseThrow();
            people.save(new org.transferdesk.people.Person(stored.id(), stored.staffNo(), "钱七七", null, null,
                    stored.leaderRole(), null, null, stored.version()), clerk, LocalDateTime.now(TestDatabase.CLOCK));
        }
        List<org.transferdesk.audit.AuditEntry> history =
                new org.transferdesk.audit.persistence.AuditRepository(db.dsl()).history("person", id);
        // the app's save (its own row; the database's row of that transaction is not repeated) and the insert made
        // outside the app, by the clerk's name, its columns named as the app names its fields (in any order: the app
        // stamps its rows with the test's clock, the server with its own)
        assertThat(history).extracting(e -> e.actor() + " " + e.action() + " " + e.byDatabase())
                .containsExactlyInAnyOrder("经办 UPDATE false", "经办 CREATE true");
        assertThat(history.stream().filter(org.transferdesk.audit.AuditEntry::byDatabase).findFirst().orElseThrow()
                .changes()).extracting(org.transferdesk.audit.FieldChange::field)
                .contains("staffNo", "name", "leaderRole");
    }
}
