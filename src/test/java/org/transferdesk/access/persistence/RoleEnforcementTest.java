package org.transferdesk.access.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.TestAccounts;
import org.transferdesk.common.Role;
import org.transferdesk.db.Database;

/**
 * Issue 22: each role's rules, proved the way someone bypassing the app would try them — a plain JDBC connection
 * with that role's own login, no TransferDesk code in between. Each role is tried at what it may do and at what it
 * may not. PostgreSQL only (the embedded database has one user); on H2 the class is skipped.
 */
@Tag(TestDatabase.TAG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleEnforcementTest {
    private static final String FULL_ID = "11010519491231002X";
    private static final String MASKED_ID = "110105********002X";

    private Database db;
    private final String suffix = TestAccounts.uniqueSuffix();
    private long ownResult;
    private long otherResult;
    private long ownDeal;
    private long otherDeal;
    private long distribution;
    private long line;
    private long person;

    private String login(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT) + "_" + suffix;
    }

    @BeforeAll
    void seed() throws SQLException {
        assumeTrue(TestDatabase.onPostgres(), "roles are PostgreSQL's");
        db = TestDatabase.fresh();
        for (Role role : Role.values()) {
            TestAccounts.create(db, login(role), "测试" + role.name(), role);
        }
        // a login of no TransferDesk group: may connect (CONNECT is PUBLIC's), may do nothing
        db.executeRaw("CREATE ROLE stranger_" + suffix + " LOGIN PASSWORD '" + TestAccounts.PASSWORD + "'");
        try (Connection c = owner()) {
            person = insert(c, "INSERT INTO person (staff_no, name, id_type, id_number) VALUES ('S1', '王芳', "
                    + "'RESIDENT_ID', '" + FULL_ID + "')");
            ownResult = insert(c, "INSERT INTO disclosure (result_no, title, disclosed_on, manager_login) VALUES "
                    + "('R-1', '一种传感器', DATE '2026-01-05', '" + login(Role.MANAGER) + "')");
            otherResult = insert(c, "INSERT INTO disclosure (result_no, title, disclosed_on) VALUES "
                    + "('R-2', '另一种材料', DATE '2026-02-05')");
            insert(c, "INSERT INTO inventor (disclosure_id, person_id, share, position) VALUES (" + ownResult + ", "
                    + person + ", 1, 0)");
            insert(c, "INSERT INTO inventor (disclosure_id, person_id, share, position) VALUES (" + otherResult + ", "
                    + person + ", 1, 0)");
            ownDeal = insert(c, "INSERT INTO deal (contract_no, mode, title, contract_amount, manager_login) VALUES "
                    + "('C-1', 'LICENSE', '许可一', 1000.00, '" + login(Role.MANAGER) + "')");
            otherDeal = insert(c, "INSERT INTO deal (contract_no, mode, title, contract_amount) VALUES "
                    + "('C-2', 'TRANSFER', '转让二', 2000.00)");
            distribution = insert(c, "INSERT INTO distribution (kind, deal_id, basis_date, policy_preset, key_minimum,"
                    + " gross, deducted, net, rate, pool, university_part, status) VALUES ('CASH', " + otherDeal
                    + ", DATE '2026-03-01', 'NATIONAL', 0.5, 2000.00, 0, 2000.00, 0.7, 1400.00, 600.00, 'PUBLICISING')");
            line = insert(c, "INSERT INTO distribution_line (distribution_id, position, person_id, share, amount) "
                    + "VALUES (" + distribution + ", 0, " + person + ", 1, 1400.00)");
        }
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(db.url());
    }

    private Connection as(String login) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", login);
        p.setProperty("password", TestAccounts.PASSWORD);
        return DriverManager.getConnection(db.url().replaceAll("\\?.*$", ""), p);
    }

    private Connection as(Role role) throws SQLException {
        return as(login(role));
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The statement is refused for want of privilege, with {@code says} in PostgreSQL's message. */
    private static void refused(Connection c, String sql, String says) {
        assertThatThrownBy(() -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).as(sql).isEqualTo("42501");
            assertThat(e.getMessage()).as(sql).contains(says);
        });
    }

    @Test
    void onlyFinanceAndAdministratorsReadFullIdNumbers() throws SQLException {
        for (Role role : List.of(Role.FINANCE, Role.ADMIN)) {
            try (Connection c = as(role)) {
                assertThat(one(c, "SELECT id_number FROM person WHERE id = " + person)).as(role.name()).isEqualTo(FULL_ID);
                assertThat(one(c, "SELECT id_number FROM person_id_number WHERE person_id = " + person)).isEqualTo(FULL_ID);
            }
        }
        for (Role role : List.of(Role.CLERK, Role.MANAGER, Role.LEADER, Role.AUDITOR)) {
            try (Connection c = as(role)) {
                refused(c, "SELECT id_number FROM person", "permission denied");
                refused(c, "SELECT * FROM person", "permission denied");
                assertThat(one(c, "SELECT name FROM person WHERE id = " + person)).as(role.name()).isEqualTo("王芳");
                assertThat(one(c, "SELECT id_number FROM person_id_number WHERE person_id = " + person))
                        .as(role.name()).isEqualTo(MASKED_ID);
            }
        }
    }

    @Test
    void theClerkKeepsTheLedgerButNeitherApprovesNorPaysNorSetsPolicy() throws SQLException {
        try (Connection c = as(Role.CLERK)) {
            assertThat(one(c, "SELECT count(*) FROM disclosure")).isEqualTo("2");
            assertThat(update(c, "UPDATE disclosure SET title = '改名' WHERE id = " + otherResult)).isEqualTo(1);
            assertThat(update(c, "UPDATE person SET contact = '13800000000' WHERE id = " + person)).isEqualTo(1);
            // writes an ID number it cannot read back (an import, a new colleague)
            assertThat(update(c, "UPDATE person SET id_number = '" + FULL_ID + "' WHERE id = " + person)).isEqualTo(1);
            refused(c, "INSERT INTO deal_approval (deal_id, tier, approver, approved_on) VALUES (" + otherDeal
                    + ", 'SCIENCE_OFFICE', '张三', DATE '2026-03-02')", "TD-ROLE:LEADER,ADMIN");
            refused(c, "UPDATE distribution SET status = 'APPROVED' WHERE id = " + distribution, "TD-ROLE:LEADER,ADMIN");
            refused(c, "UPDATE distribution_line SET paid_on = DATE '2026-04-01' WHERE id = " + line,
                    "TD-ROLE:FINANCE,ADMIN");
            refused(c, "INSERT INTO policy_setting (setting_key, effective_from, setting_value) VALUES "
                    + "('price.publicity.days', DATE '2026-01-01', '20')", "permission denied");
            refused(c, "SELECT transferdesk_create_account('x_" + suffix + "', 'X', 'ADMIN', 'pw')", "permission denied");
            String approved = "INSERT INTO distribution (kind, deal_id, basis_date, policy_preset, key_minimum, gross, "
                    + "deducted, net, rate, pool, university_part, status, imported) VALUES ('CASH', " + otherDeal
                    + ", DATE '2020-03-01', 'NATIONAL', 0.5, 10.00, 0, 10.00, 0.7, 7.00, 3.00, 'APPROVED', ";
            refused(c, approved + "FALSE)", "TD-ROLE:LEADER,ADMIN");
            // the history a ledger import brings arrives as it was: approved, or paid
            assertThat(update(c, approved + "TRUE)")).isEqualTo(1);
        } finally {
            try (Connection owner = owner()) {
                update(owner, "DELETE FROM distribution WHERE basis_date = DATE '2020-03-01'");
            }
        }
    }

    @Test
    void financeRecordsPaymentsAndIdNumbersButNotTheFiguresOrApprovals() throws SQLException {
        try (Connection owner = owner()) {
            update(owner, "UPDATE distribution SET status = 'APPROVED' WHERE id = " + distribution);
        }
        try (Connection c = as(Role.FINANCE)) {
            assertThat(update(c, "UPDATE distribution_line SET paid_on = DATE '2026-04-01', tax_withheld = 0 WHERE id = "
                    + line)).isEqualTo(1);
            assertThat(update(c, "UPDATE distribution SET status = 'PAID' WHERE id = " + distribution)).isEqualTo(1);
            assertThat(update(c, "UPDATE person SET id_number = '" + FULL_ID + "' WHERE id = " + person)).isEqualTo(1);
            refused(c, "UPDATE distribution_line SET amount = 9999.00 WHERE id = " + line, "TD-ROLE:CLERK,ADMIN");
            refused(c, "UPDATE person SET name = '别人' WHERE id = " + person, "TD-ROLE:CLERK,ADMIN");
            refused(c, "UPDATE disclosure SET title = 'x' WHERE id = " + otherResult, "permission denied");
            refused(c, "INSERT INTO deal_approval (deal_id, tier, approver, approved_on) VALUES (" + otherDeal
                    + ", 'SCIENCE_OFFICE', '张三', DATE '2026-03-02')", "permission denied");
        } finally {
            try (Connection owner = owner()) {
                update(owner, "UPDATE distribution_line SET paid_on = NULL, tax_withheld = NULL WHERE id = " + line);
                update(owner, "UPDATE distribution SET status = 'PUBLICISING' WHERE id = " + distribution);
            }
        }
    }

    @Test
    void theLeaderApprovesAndChangesNothingElse() throws SQLException {
        try (Connection c = as(Role.LEADER)) {
            assertThat(insert(c, "INSERT INTO deal_approval (deal_id, tier, approver, approved_on) VALUES (" + otherDeal
                    + ", 'SCIENCE_OFFICE', '领导', DATE '2026-03-02')")).isPositive();
            assertThat(update(c, "UPDATE deal SET version = version + 1 WHERE id = " + otherDeal)).isEqualTo(1);
            assertThat(update(c, "UPDATE distribution SET status = 'APPROVED', approved_on = DATE '2026-03-05', "
                    + "approved_by = '领导' WHERE id = " + distribution)).isEqualTo(1);
            refused(c, "UPDATE deal SET contract_amount = 1.00 WHERE id = " + otherDeal, "TD-ROLE:CLERK,MANAGER,ADMIN");
            refused(c, "UPDATE distribution SET gross = 1.00 WHERE id = " + distribution, "TD-ROLE:CLERK,ADMIN");
            refused(c, "UPDATE distribution_line SET paid_on = DATE '2026-04-01' WHERE id = " + line,
                    "TD-ROLE:FINANCE,ADMIN");
            refused(c, "UPDATE disclosure SET title = 'x' WHERE id = " + otherResult, "permission denied");
            assertThat(one(c, "SELECT count(*) FROM deal")).isEqualTo("2");
        } finally {
            try (Connection owner = owner()) {
                update(owner, "DELETE FROM deal_approval WHERE deal_id = " + otherDeal);
                update(owner, "UPDATE distribution SET status = 'PUBLICISING', approved_on = NULL, approved_by = NULL "
                        + "WHERE id = " + distribution);
            }
        }
    }

    @Test
    void aTechnologyManagerSeesAndWritesOnlyWhatIsAssignedToThem() throws SQLException {
        String me = login(Role.MANAGER);
        try (Connection c = as(Role.MANAGER)) {
            assertThat(one(c, "SELECT string_agg(result_no, ',') FROM disclosure")).isEqualTo("R-1");
            assertThat(one(c, "SELECT string_agg(contract_no, ',') FROM deal")).isEqualTo("C-1");
            assertThat(one(c, "SELECT count(*) FROM inventor")).isEqualTo("1");
            assertThat(one(c, "SELECT count(*) FROM distribution")).isEqualTo("0");
            assertThat(one(c, "SELECT count(*) FROM distribution_line")).isEqualTo("0");
            // names and counts of the rest: people's names, never their ID numbers
            assertThat(one(c, "SELECT name FROM person WHERE id = " + person)).isEqualTo("王芳");
            assertThat(update(c, "UPDATE deal SET title = '许可一（修订）' WHERE id = " + ownDeal)).isEqualTo(1);
            assertThat(update(c, "UPDATE deal SET title = 'x' WHERE id = " + otherDeal)).isZero();
            assertThat(update(c, "UPDATE disclosure SET title = 'x' WHERE id = " + otherResult)).isZero();
            assertThat(insert(c, "INSERT INTO disclosure (result_no, title, disclosed_on, manager_login) VALUES "
                    + "('R-3', '新成果', DATE '2026-05-05', '" + me + "')")).isPositive();
            refused(c, "INSERT INTO disclosure (result_no, title, disclosed_on) VALUES ('R-4', '别人的', "
                    + "DATE '2026-05-05')", "row-level security");
            refused(c, "UPDATE deal SET manager_login = NULL WHERE id = " + ownDeal, "row-level security");
            refused(c, "INSERT INTO inventor (disclosure_id, person_id, share, position) VALUES (" + otherResult + ", "
                    + person + ", 1, 1)", "row-level security");
            refused(c, "SELECT id_number FROM person", "permission denied");
            refused(c, "INSERT INTO person (staff_no, name) VALUES ('S9', '新人')", "permission denied");
        } finally {
            try (Connection owner = owner()) {
                update(owner, "DELETE FROM disclosure WHERE result_no = 'R-3'");
                update(owner, "UPDATE deal SET title = '许可一' WHERE id = " + ownDeal);
            }
        }
        // a result their deal is about is theirs to read, not to change
        try (Connection owner = owner()) {
            update(owner, "INSERT INTO deal_result (deal_id, disclosure_id) VALUES (" + ownDeal + ", " + otherResult + ")");
        }
        try (Connection c = as(Role.MANAGER)) {
            assertThat(one(c, "SELECT string_agg(result_no, ',' ORDER BY result_no) FROM disclosure")).isEqualTo("R-1,R-2");
            assertThat(one(c, "SELECT count(*) FROM inventor")).isEqualTo("2");
            assertThat(update(c, "UPDATE disclosure SET title = 'x' WHERE id = " + otherResult)).isZero();
            assertThat(update(c, "UPDATE inventor SET share = 0.5 WHERE disclosure_id = " + otherResult)).isZero();
            refused(c, "INSERT INTO inventor (disclosure_id, person_id, share, position) VALUES (" + otherResult + ", "
                    + person + ", 1, 1)", "row-level security");
        } finally {
            try (Connection owner = owner()) {
                update(owner, "DELETE FROM deal_result WHERE deal_id = " + ownDeal);
            }
        }
    }

    @Test
    void theAuditorReadsEverythingAndChangesNothing() throws SQLException {
        try (Connection c = as(Role.AUDITOR)) {
            assertThat(one(c, "SELECT count(*) FROM deal")).isEqualTo("2");
            assertThat(one(c, "SELECT count(*) FROM distribution")).isEqualTo("1");
            assertThat(Integer.parseInt(one(c, "SELECT count(*) FROM audit_log"))).isPositive();
            refused(c, "UPDATE deal SET title = 'x' WHERE id = " + otherDeal, "permission denied");
            refused(c, "DELETE FROM distribution_line", "permission denied");
            refused(c, "UPDATE audit_log SET actor = 'x'", "permission denied");
            refused(c, "UPDATE app_meta SET meta_value = 'x'", "permission denied");
        }
    }

    @Test
    void administratorsManageAccountsAndOfficeSettings() throws SQLException {
        try (Connection c = as(Role.ADMIN)) {
            assertThat(update(c, "INSERT INTO policy_setting (setting_key, effective_from, setting_value) VALUES "
                    + "('price.publicity.days', DATE '2026-06-01', '20')")).isEqualTo(1);
            assertThat(update(c, "INSERT INTO distribution (kind, deal_id, basis_date, policy_preset, key_minimum, "
                    + "gross, deducted, net, rate, pool, university_part, status) VALUES ('CASH', " + otherDeal
                    + ", DATE '2020-04-01', 'NATIONAL', 0.5, 10.00, 0, 10.00, 0.7, 7.00, 3.00, 'PAID')")).isEqualTo(1);
            update(c, "DELETE FROM distribution WHERE basis_date = DATE '2020-04-01'");
            String newcomer = "newcomer_" + suffix;
            try (PreparedStatement s = c.prepareStatement("SELECT transferdesk_create_account(?, ?, 'AUDITOR', ?)")) {
                s.setString(1, newcomer);
                s.setString(2, "新同事");
                s.setString(3, TestAccounts.PASSWORD);
                s.execute();
            }
            assertThat(one(c, "SELECT user_role FROM app_user WHERE login = '" + newcomer + "'")).isEqualTo("AUDITOR");
            assertThat(one(c, "SELECT pg_has_role('" + newcomer + "', 'transferdesk_auditor', 'MEMBER')")).isEqualTo("t");
            update(c, "DELETE FROM policy_setting WHERE effective_from = DATE '2026-06-01'");
        }
    }

    @Test
    void aLoginOfNoTransferDeskGroupMayDoNothing() throws SQLException {
        try (Connection c = as("stranger_" + suffix)) {
            refused(c, "SELECT count(*) FROM deal", "permission denied");
            refused(c, "SELECT count(*) FROM audit_log", "permission denied");
        }
    }

    @Test
    void theDatabaseNamesWhoWroteAnAuditRow() throws SQLException {
        try (Connection c = as(Role.CLERK)) {
            update(c, "INSERT INTO audit_log (occurred_at, actor, entity, entity_id, action, changes) VALUES "
                    + "(LOCALTIMESTAMP, 'somebody_else', 'deal', " + otherDeal + ", 'UPDATE', '[]')");
        }
        try (Connection owner = owner()) {
            assertThat(one(owner, "SELECT actor FROM audit_log WHERE entity = 'deal' AND entity_id = " + otherDeal
                    + " ORDER BY id DESC LIMIT 1")).isEqualTo(login(Role.CLERK));
        }
    }
}
