package org.transferdesk.access.persistence;

import static org.transferdesk.db.jooq.Tables.APP_USER;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.postgresql.util.PasswordUtil;
import org.transferdesk.access.Account;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Role;

/**
 * The accounts (issue 22). On the shared database an account is also a PostgreSQL login, made and changed only
 * through V22's functions, which run as the schema's owner and refuse anyone but an administrator; the password goes
 * to them already hashed (SCRAM-SHA-256, as psql's {@code \password} does), so it is in no statement, log or table in
 * clear. On the embedded database the table holds the one local user.
 */
public final class AccountRepository {
    public static final String ENTITY = "app_user";
    private final DSLContext dsl;

    public AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Account map(Record r) {
        return new Account(r.get(APP_USER.ID), r.get(APP_USER.LOGIN), r.get(APP_USER.DISPLAY_NAME),
                Role.ofName(r.get(APP_USER.USER_ROLE)).orElse(Role.AUDITOR), r.get(APP_USER.ACTIVE),
                r.get(APP_USER.VERSION));
    }

    public List<Account> findAll() {
        return dsl.select(APP_USER.fields()).from(APP_USER).orderBy(APP_USER.ACTIVE.desc(), APP_USER.LOGIN)
                .fetch(AccountRepository::map);
    }

    public Optional<Account> find(String login) {
        return dsl.select(APP_USER.fields()).from(APP_USER).where(APP_USER.LOGIN.eq(login))
                .fetchOptional(AccountRepository::map);
    }

    /** The embedded database's one user, named at the first start (or renamed in the settings). */
    public Account saveLocal(String login, String displayName, LocalDateTime now, AuditEntry audit) {
        return change(login, audit, tx -> {
            int updated = tx.update(APP_USER).set(APP_USER.DISPLAY_NAME, displayName)
                    .set(APP_USER.VERSION, APP_USER.VERSION.plus(1)).set(APP_USER.UPDATED_AT, now)
                    .where(APP_USER.LOGIN.eq(login)).execute();
            if (updated == 0) {
                tx.insertInto(APP_USER).set(APP_USER.LOGIN, login).set(APP_USER.DISPLAY_NAME, displayName)
                        .set(APP_USER.USER_ROLE, Role.ADMIN.name()).set(APP_USER.CREATED_AT, now)
                        .set(APP_USER.UPDATED_AT, now).execute();
            }
        });
    }

    /** Who the shared database says is connected, and in which of TransferDesk's roles. */
    public ServerLogin whoIsConnected() {
        Record r = dsl.select(DSL.field("session_user", String.class), DSL.field("transferdesk_is_admin()", Boolean.class),
                        DSL.field("pg_has_role(session_user, 'transferdesk_clerk', 'MEMBER')", Boolean.class),
                        DSL.field("pg_has_role(session_user, 'transferdesk_finance', 'MEMBER')", Boolean.class),
                        DSL.field("pg_has_role(session_user, 'transferdesk_leader', 'MEMBER')", Boolean.class),
                        DSL.field("pg_has_role(session_user, 'transferdesk_auditor', 'MEMBER')", Boolean.class),
                        DSL.field("pg_has_role(session_user, 'transferdesk_manager', 'MEMBER')", Boolean.class))
                .fetchOne();
        // the broadest first: a login that is (unusually) in two groups is shown what the database lets it do
        Role role = r.get(1, Boolean.class) ? Role.ADMIN : r.get(2, Boolean.class) ? Role.CLERK
                : r.get(3, Boolean.class) ? Role.FINANCE : r.get(4, Boolean.class) ? Role.LEADER
                : r.get(5, Boolean.class) ? Role.AUDITOR : r.get(6, Boolean.class) ? Role.MANAGER : null;
        return new ServerLogin(r.get(0, String.class), Optional.ofNullable(role));
    }

    /** Each table's writers among TransferDesk's roles, as the database's GRANTs say, administrators last. */
    public Map<String, List<Role>> writersByTable() {
        Map<String, List<Role>> writers = new java.util.TreeMap<>();
        // information_schema shows only the connected login's own grants; has_table_privilege asks of any role
        dsl.resultQuery("SELECT c.relname, r.rolname FROM pg_class c CROSS JOIN pg_roles r "
                        + "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
                        + "AND r.rolname LIKE 'transferdesk\\_%' AND (has_table_privilege(r.oid, c.oid, 'INSERT') "
                        + "OR has_table_privilege(r.oid, c.oid, 'UPDATE') OR has_table_privilege(r.oid, c.oid, 'DELETE'))")
                .fetch().forEach(r -> Role.ofName(r.get(1, String.class).substring("transferdesk_".length())
                        .toUpperCase(java.util.Locale.ROOT)).ifPresent(role -> writers.computeIfAbsent(
                                r.get(0, String.class), t -> new java.util.ArrayList<>()).add(role)));
        writers.values().forEach(roles -> roles.sort(java.util.Comparator.comparing((Role r) -> r == Role.ADMIN)
                .thenComparing(Enum::ordinal)));
        return writers;
    }

    /** The connected login and its role; empty when the login is in none of TransferDesk's groups. */
    public record ServerLogin(String login, Optional<Role> role) {
    }

    /** Each change of an account and its audit row: one transaction (PostgreSQL's role changes are transactional). */
    public Account create(String login, String displayName, Role role, char[] password, AuditEntry audit) {
        return change(login, audit, tx -> tx.select(DSL.field("transferdesk_create_account({0}, {1}, {2}, {3})",
                Object.class, DSL.val(login), DSL.val(displayName), DSL.val(role.name()),
                DSL.val(scram(password)))).fetch());
    }

    public Account setRole(String login, Role role, AuditEntry audit) {
        return change(login, audit, tx -> call(tx, "transferdesk_set_role({0}, {1})", login, role.name()));
    }

    public Account rename(String login, String displayName, AuditEntry audit) {
        return change(login, audit, tx -> call(tx, "transferdesk_set_name({0}, {1})", login, displayName));
    }

    public Account resetPassword(String login, char[] password, AuditEntry audit) {
        return change(login, audit, tx -> call(tx, "transferdesk_reset_password({0}, {1})", login, scram(password)));
    }

    public Account setActive(String login, boolean active, AuditEntry audit) {
        return change(login, audit, tx -> call(tx, "transferdesk_set_active({0}, {1})", login, active));
    }

    /** Appends an audit row of no record's change (a login, failed logins reported at the next one). */
    public void audit(AuditEntry entry) {
        dsl.transaction(c -> AuditRepository.append(c.dsl(), entry));
    }

    private Account change(String login, AuditEntry audit, java.util.function.Consumer<DSLContext> change) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            change.accept(tx);
            Account account = new AccountRepository(tx).find(login).orElseThrow();
            AuditRepository.append(tx, new AuditEntry(audit.at(), audit.actor(), ENTITY, account.id(), audit.action(),
                    audit.changes()));
            return account;
        });
    }

    private static void call(DSLContext tx, String function, Object first, Object second) {
        tx.select(DSL.field(function, Object.class, DSL.val(first), DSL.val(second))).fetch();
    }

    /** The verifier PostgreSQL stores for a SCRAM-SHA-256 password, made here so the password never travels. */
    private static String scram(char[] password) {
        return PasswordUtil.encodeScramSha256(password);
    }
}
