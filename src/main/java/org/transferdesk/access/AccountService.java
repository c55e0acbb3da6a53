package org.transferdesk.access;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.transferdesk.access.persistence.AccountRepository;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.Problem;
import org.transferdesk.common.Role;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.WriteFailures;

/**
 * Accounts and who is signed in (issue 22). The checks here are the clerk's comfort, in words; on the shared
 * database PostgreSQL's own (V22) are what holds: an account may be changed only by an administrator, whatever the
 * app shows.
 */
public final class AccountService {
    /** PostgreSQL login names TransferDesk makes: plain, so they need no quoting anywhere (V22 checks the same). */
    static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9_]{1,62}");
    static final int MIN_PASSWORD = 10;
    static final int MAX_NAME = 100;

    private final AccountRepository repository;
    private final Clock clock;
    private final boolean shared;
    private volatile SignedIn signedIn;

    public AccountService(AccountRepository repository, Clock clock, boolean shared) {
        this.repository = repository;
        this.clock = clock;
        this.shared = shared;
    }

    /**
     * Finds who this app works as and signs the process in ({@link Actor}). On the shared database a login in none of
     * TransferDesk's groups is refused: it may connect, but the database lets it do nothing.
     */
    public SignedIn signIn() {
        SignedIn who;
        if (shared) {
            AccountRepository.ServerLogin login = repository.whoIsConnected();
            Role role = login.role().orElseThrow(() -> new UserFacingException("error.account.noRole", login.login()));
            Optional<Account> account = repository.find(login.login());
            if (account.isPresent() && !account.get().active()) {
                throw new UserFacingException("error.account.inactive", login.login());
            }
            who = new SignedIn(login.login(), account.map(Account::displayName).orElse(login.login()), role, true,
                    account.isPresent());
            WriteFailures.knowWriters(repository.writersByTable());
        } else {
            String login = Actor.osUser();
            Optional<Account> account = repository.find(login);
            who = new SignedIn(login, account.map(Account::displayName).orElse(login), Role.ADMIN, false,
                    account.isPresent());
        }
        Actor.signIn(who.login());
        signedIn = who;
        return who;
    }

    /** Who is signed in; {@link #signIn()} first. */
    public SignedIn signedIn() {
        SignedIn who = signedIn;
        if (who == null) {
            throw new IllegalStateException("nobody signed in");
        }
        return who;
    }

    public boolean shared() {
        return shared;
    }

    /**
     * Audits a sign-in to the shared database, with the failed attempts this PC saw since the last one (a failed
     * login cannot write to a database it could not open; PostgreSQL's own log has them too, see the IT guide).
     */
    public void auditSignIn(List<FailedLogin> failures) {
        SignedIn who = signedIn();
        LocalDateTime now = LocalDateTime.now(clock);
        for (FailedLogin f : failures) {
            repository.audit(new AuditEntry(now, who.login(), SESSION, 0, AuditAction.LOGIN_FAILED,
                    List.of(new FieldChange("login", null, f.login()), new FieldChange("at", null, f.at().toString()),
                            new FieldChange("computer", null, f.computer()))));
        }
        repository.audit(new AuditEntry(now, who.login(), SESSION, 0, AuditAction.LOGIN,
                List.of(new FieldChange("role", null, who.role().name()))));
    }

    /** The entity of audit rows about sessions rather than records. */
    public static final String SESSION = "session";

    /** A login that failed on this PC, reported to the audit at the next successful one. */
    public record FailedLogin(LocalDateTime at, String login, String computer) {
    }

    public List<Account> accounts() {
        return repository.findAll();
    }

    public Optional<Account> account(String login) {
        return repository.find(login);
    }

    /** The embedded database's one user gives the name the audit shows (asked at the first start). */
    public SignedIn nameLocalUser(String displayName) {
        if (shared) {
            throw new IllegalStateException("the shared database's accounts are made in 用户管理");
        }
        String name = checkName(displayName);
        SignedIn who = signedIn();
        Map<String, Object> before = who.named() ? Map.of("displayName", who.displayName()) : Map.of();
        repository.saveLocal(who.login(), name, LocalDateTime.now(clock), new AuditEntry(LocalDateTime.now(clock),
                who.login(), AccountRepository.ENTITY, 0, who.named() ? AuditAction.UPDATE : AuditAction.CREATE,
                AuditDiff.between(before, Map.of("displayName", name))));
        SignedIn named = new SignedIn(who.login(), name, who.role(), false, true);
        signedIn = named;
        return named;
    }

    public Account create(String login, String displayName, Role role, char[] password) {
        requireAdmin();
        List<Problem> problems = new ArrayList<>();
        String cleanLogin = login == null ? "" : login.strip();
        if (!LOGIN.matcher(cleanLogin).matches() || cleanLogin.startsWith("transferdesk") || cleanLogin.startsWith("pg_")) {
            problems.add(Problem.error("validation.account.login", "login"));
        } else if (repository.find(cleanLogin).isPresent()) {
            problems.add(Problem.error("validation.account.loginTaken", "login", cleanLogin));
        }
        String name = displayName == null ? "" : displayName.strip();
        nameProblem(name).ifPresent(problems::add);
        if (role == null) {
            problems.add(Problem.error("validation.account.role", "role"));
        }
        checkPassword(password, cleanLogin).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("login", cleanLogin);
        after.put("displayName", name);
        after.put("role", role);
        return repository.create(cleanLogin, name, role, password, audit(AuditAction.CREATE, Map.of(), after));
    }

    public Account setRole(Account account, Role role) {
        requireAdmin();
        refuseSelf(account, "validation.account.ownRole");
        return repository.setRole(account.login(), role, audit(AuditAction.UPDATE, Map.of("role", account.role()),
                Map.of("role", role)));
    }

    public Account rename(Account account, String displayName) {
        requireAdmin();
        String name = checkName(displayName);
        return repository.rename(account.login(), name, audit(AuditAction.UPDATE,
                Map.of("displayName", account.displayName()), Map.of("displayName", name)));
    }

    public Account resetPassword(Account account, char[] password) {
        requireAdmin();
        checkPassword(password, account.login()).ifPresent(p -> {
            throw new ValidationException(List.of(p));
        });
        // the audit says a password was set, never what
        return repository.resetPassword(account.login(), password, audit(AuditAction.UPDATE, Map.of(),
                Map.of("password", "******")));
    }

    /** Deactivated, never deleted: the account can no longer log in and the audit keeps its name. */
    public Account setActive(Account account, boolean active) {
        requireAdmin();
        if (!active) {
            refuseSelf(account, "validation.account.ownDeactivate");
        }
        return repository.setActive(account.login(), active, audit(AuditAction.STATUS,
                Map.of("active", account.active()), Map.of("active", active)));
    }

    private void requireAdmin() {
        if (!shared) {
            throw new UserFacingException("error.account.embedded");
        }
        signedIn().require(Role.Permission.MANAGE_ACCOUNTS);
    }

    private void refuseSelf(Account account, String key) {
        if (account.login().equals(signedIn().login())) {
            throw new ValidationException(List.of(Problem.error(key, "login")));
        }
    }

    private AuditEntry audit(AuditAction action, Map<String, Object> before, Map<String, Object> after) {
        return new AuditEntry(LocalDateTime.now(clock), signedIn().login(), AccountRepository.ENTITY, 0, action,
                AuditDiff.between(before, after));
    }

    private static String checkName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        nameProblem(name).ifPresent(p -> {
            throw new ValidationException(List.of(p));
        });
        return name;
    }

    private static Optional<Problem> nameProblem(String name) {
        return name.isEmpty() || name.length() > MAX_NAME
                ? Optional.of(Problem.error("validation.account.name", "displayName", MAX_NAME)) : Optional.empty();
    }

    static Optional<Problem> checkPassword(char[] password, String login) {
        if (password == null || password.length < MIN_PASSWORD) {
            return Optional.of(Problem.error("validation.account.passwordShort", "password", MIN_PASSWORD));
        }
        if (new String(password).toLowerCase(java.util.Locale.ROOT).contains(login.toLowerCase(java.util.Locale.ROOT))
                && !login.isEmpty()) {
            return Optional.of(Problem.error("validation.account.passwordLogin", "password"));
        }
        return Optional.empty();
    }
}
