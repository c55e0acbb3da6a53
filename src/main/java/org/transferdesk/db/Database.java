package org.transferdesk.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.transferdesk.common.UserFacingException;

/**
 * The ledger's database: the embedded H2 file (one PC; opened in auto-server mode so the CLI can work while the GUI
 * is open) or an office's shared PostgreSQL server (issue 21). Either is refused when a newer TransferDesk migrated
 * it, and migrated by Flyway before anything else runs (an {@link UpgradeGuard} may act just before, e.g. back up).
 * The same migrations and the same jOOQ code serve both; the {@link DbVendor} picks the dialect and the few
 * vendor-specific scripts ({@code db/vendor/{vendor}}). Nothing outside this package asks which one it is on.
 */
public final class Database implements AutoCloseable {
    /** Names and NULL ordering as PostgreSQL has them, so the same SQL runs on both. */
    static final String OPTIONS = ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /**
     * Shared by processes (issue 19): the first hosts an auto-server the others reach; when it exits, a client
     * reconnects between transactions (taking over as host) instead of failing every later statement, and a
     * statement waits for rows another process holds longer than H2's one second (see {@link WriteMutex}).
     */
    // WRITE_DELAY=0: a commit is on disk when the call returns; H2's default half-second delay lost saves the editor
    // had already reported done when the process was killed (crash suite, issue 19).
    static final String SHARED = ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT="
            + WriteMutex.STATEMENT_WAIT_MILLIS;
    /** The file a new database's schema is built in before it is renamed into place. */
    static final String CREATING = "-creating";

    static {
        // H2's auto-server lets a second process (the CLI next to the GUI) reach the open database; by default it
        // listens on every interface, so another machine holding the lock file's key could read every ID number.
        // Only this machine's processes need it (issue 19). H2 reads the property once, when its classes load:
        // set here, before this class opens anything.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** Database files open in this process: H2 would hand a second opener the same database. */
    private static final java.util.Set<String> OPEN_FILES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final JdbcConnectionPool pool;
    private final DbVendor vendor;
    private final List<Runnable> afterClose = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Flyway flyway;
    private String openFile;
    private final DSLContext dsl;
    private final String url;
    /** Whether this open created the schema (the database had no migration history). */
    private boolean created;
    // The version the open found current without Flyway (issue 20): asking Flyway for it again would load
    // its ~360 classes and scan every script on the start's critical path (the start's log line asks).
    private volatile String currentAtOpen;

    /** The key a file database was opened with (issue 22); null for the server and in memory. */
    private H2Key key;

    private Database(String url, String password) {
        this(url, JdbcConnectionPool.create(url, "sa", password), DbVendor.H2);
    }

    private Database(String url, JdbcConnectionPool pool, DbVendor vendor) {
        this.url = url;
        this.vendor = vendor;
        this.pool = pool;
        this.pool.setMaxConnections(8);
        this.dsl = DSL.using(new Reconnecting(pool), vendor.dialect(),
                new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                        .withExecuteLogging(false));
    }

    /**
     * Opens the shared database at {@code server} (a PostgreSQL JDBC URL) as {@code user} and migrates it (issue 21).
     * Each statement waits for rows another session holds as long as on H2 ({@link WriteMutex#STATEMENT_WAIT_MILLIS}).
     */
    public static Database openServer(ServerAddress server, String password, UpgradeGuard guard) {
        return openServer(server.jdbcUrl(), server.user(), password, guard);
    }

    /** As {@link #openServer(ServerAddress, String, UpgradeGuard)}, by JDBC URL (tests' throwaway servers). */
    public static Database openServer(String jdbcUrl, String user, String password, UpgradeGuard guard) {
        org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
        source.setURL(jdbcUrl);
        if (user != null) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        // one name per running app: the change notifications carry it, so an app can tell its own changes
        String session = "TransferDesk/" + java.util.UUID.randomUUID().toString().substring(0, 13);
        source.setApplicationName(session);
        source.setConnectTimeout(10);
        source.setTcpKeepAlive(true);
        source.setOptions("-c lock_timeout=" + WriteMutex.STATEMENT_WAIT_MILLIS);
        Database db = new Database(jdbcUrl, JdbcConnectionPool.create(source), DbVendor.POSTGRESQL);
        db.session = session;
        db.serverSource = source;
        try {
            // no retry here, unlike H2's auto-server: an unreachable server stays unreachable for the next seconds
            try (Connection c = db.pool.getConnection()) {
                c.isValid(5);
            } catch (SQLException e) {
                throw translateServer(e);
            }
            db.migrate(guard);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens (creating if needed) the database at {@code basePath} (without {@code .mv.db}) and migrates it. */
    public static Database openFile(Path basePath) {
        return openFile(basePath, UpgradeGuard.NONE);
    }

    /** As {@link #openFile(Path)}, telling {@code guard} before and after the migration. */
    public static Database openFile(Path basePath, UpgradeGuard guard) {
        // Issue 19: never open while a restore swaps the file, finish a restore a kill cut short first, and hold
        // the lock until H2 holds the file (then a restore's "in use" check refuses). See RestoreJournal.
        try (DataFolderLock lock = DataFolderLock.acquire(DataFolderLock.dataFolderLockFile(basePath),
                DataFolderLock.OPEN_WAIT, "error.restoreRunning")) {
            RestoreJournal.recover(basePath);
            RestoreJournal.removeLeftovers(basePath);
            boolean created = !java.nio.file.Files.exists(RestoreJournal.live(basePath));
            // Issue 22: the folder's own password (and the file password of an encrypted file), never the empty one
            H2Key key = H2Key.forDatabase(basePath);
            if (created) {
                createStaged(basePath, guard, key);
            }
            // An existing database is never re-created empty, e.g. by a pool reconnecting while it is swapped.
            String options = SHARED + ";IFEXISTS=TRUE";
            Database db;
            try {
                db = open(key, key.url(basePath, options), created ? UpgradeGuard.NONE : guard);
            } catch (UserFacingException e) {
                if (!"error.databasePassword".equals(e.key()) || key.encrypted()) {
                    throw e;
                }
                // a database made before issue 22, still on the empty password: switched over, then opened
                key.adopt(basePath, options);
                db = open(key, key.url(basePath, options), guard);
            }
            db.created = created;
            db.openFile = basePath.toAbsolutePath().normalize().toString();
            OPEN_FILES.add(db.openFile);
            return db;
        }
    }

    /**
     * Builds a new database's schema in a file beside it and renames it into place once every migration ran. H2
     * commits each DDL statement on its own, so a kill during the first migration left a database whose half-run
     * script can never run again (crash suite, issue 19); a half-made staging file is simply made again.
     */
    private static void createStaged(Path basePath, UpgradeGuard guard, H2Key key) {
        Path base = basePath.toAbsolutePath().normalize();
        Path staging = base.resolveSibling(base.getFileName() + CREATING);
        Path stagingFile = staging.resolveSibling(staging.getFileName() + ".mv.db");
        try {
            java.nio.file.Files.createDirectories(base.getParent());
            java.nio.file.Files.deleteIfExists(stagingFile);
            java.nio.file.Files.deleteIfExists(staging.resolveSibling(staging.getFileName() + ".trace.db"));
            open(key, key.url(staging, ""), guard).close();
            java.nio.file.Files.move(stagingFile, RestoreJournal.live(base),
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new UserFacingException("error.databaseOpen", new Object[] {e.getMessage()}, e);
        }
    }

    /** Whether this process has the database at {@code basePath} open. */
    static boolean isOpenHere(Path basePath) {
        return OPEN_FILES.contains(basePath.toAbsolutePath().normalize().toString());
    }

    /** A private in-memory database, for tests and benchmarks. */
    public static Database openInMemory(String name) {
        return open("jdbc:h2:mem:" + name + OPTIONS + ";DB_CLOSE_DELAY=-1");
    }

    /** Opens {@code url} with the empty password: in-memory databases (nothing else can reach them) and tests. */
    static Database open(String url) {
        return open(null, url, UpgradeGuard.NONE);
    }

    /** Opens the file at {@code base} with {@code key} and migrates it (a restore's staged copy). */
    static Database open(Path base, H2Key key, String options) {
        return open(key, key.url(base, options), UpgradeGuard.NONE);
    }

    /** {@code key}: the file's (known before the migration, whose guard may back the file up); null in memory. */
    private static Database open(H2Key key, String url, UpgradeGuard guard) {
        Database db = new Database(url, key == null ? "" : key.password());
        db.key = key;
        try {
            db.checkReachable();
            db.migrate(guard);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private void checkReachable() {
        checkReachable(pool::getConnection);
    }

    /** Where a connection comes from: the pool, or a test's stand-in for a host that is going away. */
    interface ConnectionSource {
        Connection get() throws SQLException;
    }

    /**
     * The first connection of an open. When another TransferDesk hosts the database and exits just as this one
     * opens, H2 finds the host's address in the lock file and nobody listening ("Connection is broken", met by the
     * concurrent-commands test in CI). An open has written nothing, so it simply tries again, as a transaction
     * whose host left does: by then the lock is free and this process becomes the host.
     */
    static void checkReachable(ConnectionSource source) {
        WriteFailures.retryWhenHostLeft(() -> {
            try (Connection c = source.get()) {
                c.isValid(2);
                return null;
            } catch (SQLException e) {
                throw translate(e);
            }
        });
    }

    /** What a shared database holds, as far as this TransferDesk is concerned (the connection test, issue 21). */
    public record ServerState(Kind kind, String version, String newest) {
        public enum Kind { READY, EMPTY, FOREIGN, NEEDS_UPGRADE, TOO_NEW }
    }

    /**
     * Connects to {@code server} and tells what it holds, changing nothing: the schema is never created or migrated
     * here. A connection that fails throws the clerk's message ({@code error.server.*}).
     */
    public static ServerState probeServer(ServerAddress server, String password) {
        final class Stop extends RuntimeException {
            private static final long serialVersionUID = 1L;
            final transient ServerState state;

            Stop(ServerState state) {
                super(null, null, false, false);
                this.state = state;
            }
        }
        String newest = String.valueOf(newestShippedMigration(DbVendor.POSTGRESQL).orElse(0));
        UpgradeGuard probe = new UpgradeGuard() {
            @Override
            public void beforeMigrate(Database db, Schema schema) {
                if (schema.fresh()) {
                    try {
                        ServerSchemaGuard.OPEN.beforeMigrate(db, schema);
                    } catch (UserFacingException e) {
                        throw new Stop(new ServerState("error.server.notTransferDesk".equals(e.key())
                                ? ServerState.Kind.FOREIGN : ServerState.Kind.EMPTY, "0", newest));
                    }
                }
                if (!schema.pending().isEmpty()) {
                    throw new Stop(new ServerState(ServerState.Kind.NEEDS_UPGRADE, schema.version(), newest));
                }
            }
        };
        try (Database db = openServer(server, password, probe)) {
            return new ServerState(ServerState.Kind.READY, db.schemaVersion(), newest);
        } catch (DatabaseTooNewException e) {
            return new ServerState(ServerState.Kind.TOO_NEW, e.databaseVersion(), newest);
        } catch (Stop stop) {
            return stop.state;
        }
    }

    /**
     * A failed connection to the shared server in a clerk's words (issue 21), by PostgreSQL's SQLState: the server
     * cannot be reached, the login or password is wrong, the database does not exist, the server wants encryption
     * (or does not offer it).
     */
    static UserFacingException translateServer(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String message = String.valueOf(e.getMessage());
        String key;
        if (state.equals("08004") && message.contains("password")) {
            key = "error.server.passwordNeeded";
        } else if (state.equals("28P01") || state.equals("28000") && message.contains("password")) {
            key = "error.server.login";
        } else if (state.equals("28000") && (message.contains("SSL") || message.contains("encryption"))) {
            key = "error.server.tlsRequired";
        } else if (state.equals("28000")) {
            key = "error.server.notAllowed";
        } else if (state.equals("3D000")) {
            key = "error.server.noDatabase";
        } else if (message.contains("does not support SSL") || message.contains("SSL")) {
            key = "error.server.tlsUnsupported";
        } else if (state.startsWith("08")) {
            key = "error.server.unreachable";
        } else {
            return new UserFacingException("error.databaseOpen", new Object[] {message}, e);
        }
        return new UserFacingException(key, new Object[] {message}, e);
    }

    static UserFacingException translate(SQLException e) {
        Optional<UserFacingException> interrupted = WriteFailures.explain(e);
        if (interrupted.isPresent()) {
            return interrupted.get();
        }
        String msg = String.valueOf(e.getMessage());
        if (e.getErrorCode() == 90020 || msg.contains("already in use") || msg.contains("Locked by another process")) {
            return new UserFacingException("error.databaseInUse", new Object[0], e);
        }
        if (e.getErrorCode() == 90048 || e.getErrorCode() == 90030) {
            return new UserFacingException("error.databaseCorrupt", new Object[0], e);
        }
        // Issue 22: H2's "Encryption error in file" is a wrong file password; "Wrong user name or password" a wrong
        // file password given to a running app's auto-server, or a key file that is not this database's
        if (e.getErrorCode() == H2Key.WRONG_FILE_PASSWORD) {
            return new UserFacingException("error.filePasswordWrong", new Object[0], e);
        }
        if (e.getErrorCode() == H2Key.WRONG_PASSWORD) {
            return new UserFacingException("error.databasePassword", new Object[0], e);
        }
        return new UserFacingException("error.databaseOpen", new Object[] {msg}, e);
    }

    /** One Flyway for the database's life: each new one scans the class path for migrations again. */
    private synchronized Flyway flyway() {
        if (flyway == null) {
            flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:" + MIGRATIONS, "classpath:" + vendor.migrations())
                    .cleanDisabled(true)
                    .load();
        }
        return flyway;
    }

    private void migrate(UpgradeGuard guard) {
        Optional<String> current = currentWithoutFlyway();
        if (current.isPresent()) {
            currentAtOpen = current.get();
            // Issue 20: the usual open, a schema already at the newest migration shipped. Flyway's scan and
            // validation of every migration (about 400 classes and a checksum of each script) cost seconds of the
            // start for nothing; the guard still hears of the open, so an app upgrade without a schema change is
            // still backed up and recorded.
            guard.beforeMigrate(this, new UpgradeGuard.Schema(current.get(), List.of(), false));
            guard.afterMigrate(this);
            return;
        }
        Flyway flyway = flyway();
        // One look at the history serves every question below: each info() reads it and the migrations again.
        MigrationInfoService info = flyway.info();
        String newest = Arrays.stream(info.all()).map(MigrationInfo::getVersion).filter(v -> v != null)
                .max(MigrationVersion::compareTo).map(MigrationVersion::getVersion).orElse("0");
        Optional<MigrationInfo> future = Arrays.stream(info.applied())
                .filter(i -> i.getState().name().startsWith("FUTURE"))
                .reduce((a, b) -> b);
        if (future.isPresent()) {
            throw new DatabaseTooNewException(future.get().getVersion().getVersion(), newest);
        }
        List<String> pending = Arrays.stream(info.pending())
                .map(MigrationInfo::getVersion).filter(v -> v != null).map(MigrationVersion::getVersion).toList();
        created = info.applied().length == 0;
        guard.beforeMigrate(this, new UpgradeGuard.Schema(versionOf(info.current()), pending, created));
        flyway.migrate();
        guard.afterMigrate(this);
    }

    /**
     * The schema version when the history shows, with one query, every shipped migration applied and nothing else:
     * each row succeeded, each version a whole number, the highest equal to the newest script on the class path.
     * Empty at any doubt (no history yet, a failed or unknown row, a newer or older schema, migrations that cannot be
     * listed), and Flyway then decides as before: it migrates, or refuses a database from a newer TransferDesk.
     */
    Optional<String> currentWithoutFlyway() {
        OptionalInt shipped = newestShippedMigration(vendor);
        if (shipped.isEmpty()) {
            return Optional.empty();
        }
        int newest = 0;
        try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select version, success, type from flyway_schema_history")) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null && List.of("SCHEMA", "TABLE").contains(rs.getString(3)) && rs.getBoolean(2)) {
                    continue; // Flyway's note that it created the schema or its history table, not a migration
                }
                if (version == null || !rs.getBoolean(2) || !version.matches("[0-9]{1,9}")) {
                    return Optional.empty();
                }
                newest = Math.max(newest, Integer.parseInt(version));
            }
        } catch (SQLException e) {
            // typically no history table: a database no migration ran on
            return Optional.empty();
        }
        return newest == shipped.getAsInt() ? Optional.of(String.valueOf(newest)) : Optional.empty();
    }

    /** Where Flyway finds the migrations ({@code classpath:db/migration}). */
    private static final String MIGRATIONS = "db/migration";
    private static final java.util.regex.Pattern MIGRATION_FILE =
            java.util.regex.Pattern.compile("V([0-9]{1,9})__[^/]*\\.sql");

    /**
     * The highest version among the migration scripts on the class path (a folder in development, the jar when
     * installed); empty when they cannot be listed.
     */
    static OptionalInt newestShippedMigration(DbVendor vendor) {
        return newestShippedMigration(Database.class.getClassLoader(), vendor);
    }

    static OptionalInt newestShippedMigration(ClassLoader loader, DbVendor vendor) {
        int newest = -1;
        for (String folder : List.of(MIGRATIONS, vendor.migrations())) {
            OptionalInt inFolder = newestShippedMigration(loader, folder);
            if (inFolder.isEmpty()) {
                return inFolder;
            }
            newest = Math.max(newest, inFolder.getAsInt());
        }
        return newest < 0 ? OptionalInt.empty() : OptionalInt.of(newest);
    }

    private static OptionalInt newestShippedMigration(ClassLoader loader, String folder) {
        int newest = -1;
        try {
            java.util.Enumeration<java.net.URL> places = loader.getResources(folder);
            while (places.hasMoreElements()) {
                java.net.URL place = places.nextElement();
                List<String> names = new java.util.ArrayList<>();
                if (place.getProtocol().equals("file")) {
                    try (var files = java.nio.file.Files.list(Path.of(place.toURI()))) {
                        files.forEach(f -> names.add(f.getFileName().toString()));
                    }
                } else if (place.openConnection() instanceof java.net.JarURLConnection jar) {
                    // the folder's entry is named with or without its trailing slash, as the jar was written
                    String prefix = jar.getEntryName().replaceAll("/+$", "") + "/";
                    jar.getJarFile().stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                            .forEach(n -> names.add(n.substring(prefix.length())));
                } else {
                    return OptionalInt.empty();
                }
                for (String name : names) {
                    java.util.regex.Matcher m = MIGRATION_FILE.matcher(name);
                    if (m.matches()) {
                        newest = Math.max(newest, Integer.parseInt(m.group(1)));
                    } else if (!name.isEmpty()) {
                        // a script Flyway would read that is not a plain versioned one (repeatable, undo…)
                        return OptionalInt.empty();
                    }
                }
            }
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(newest); // -1 when the folder has no scripts (or is not there)
    }

    private String session;
    private org.postgresql.ds.PGConnectionPoolDataSource serverSource;

    /**
     * Hears other TransferDesks' changes (issue 21): {@code onChange} gets the names of the tables they changed,
     * a burst at a time on a thread of its own ({@code "*"}: anything may have changed). Nothing to hear on the
     * embedded database, whose changes are this app's. Close it with the screens that need it.
     */
    public AutoCloseable listenForChanges(java.util.function.Consumer<java.util.Set<String>> onChange) {
        if (serverSource == null) {
            return () -> { };
        }
        org.postgresql.ds.PGConnectionPoolDataSource source = serverSource;
        return new ChangeListener(source::getConnection, session, onChange);
    }

    /**
     * Whether this is an office's shared server rather than this PC's own file: the shell asks, since the file's
     * upkeep (backups, compaction, restore) is then the server's administrator's (issue 21).
     */
    public boolean isServer() {
        return vendor != DbVendor.H2;
    }

    /** Which kind of database this is: only the {@code db} package's vendor-specific steps ask. */
    DbVendor vendor() {
        return vendor;
    }

    /** The key this file database was opened with (issue 22); null for a shared or in-memory database. */
    H2Key key() {
        return key;
    }

    /** Whether this database's file is encrypted with a password the user chose (issue 22). */
    public boolean isEncrypted() {
        return key != null && key.encrypted();
    }

    /** Whether this open created the database's schema (it was empty before). */
    public boolean createdByThisOpen() {
        return created;
    }

    /** The schema version the database is at, e.g. "1". */
    public String schemaVersion() {
        String known = currentAtOpen;
        return known != null ? known : versionOf(flyway().info().current());
    }

    private static String versionOf(MigrationInfo current) {
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /** The database's base path (no {@code .mv.db}); empty for an in-memory database. */
    public Optional<Path> baseFile() {
        return Optional.ofNullable(openFile).map(Path::of);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public String url() {
        return url;
    }

    /** Runs a plain SQL command that jOOQ has no DSL for (e.g. H2's BACKUP). */
    public void executeRaw(String sql) {
        dsl.execute(sql);
    }

    /** Runs {@code action} once this database is closed (e.g. a test dropping its throwaway server database). */
    public void afterClose(Runnable action) {
        afterClose.add(action);
    }

    @Override
    public void close() {
        pool.dispose();
        if (openFile != null) {
            OPEN_FILES.remove(openFile);
        }
        List<Runnable> actions = List.copyOf(afterClose);
        afterClose.clear();
        actions.forEach(Runnable::run);
    }

    /**
     * Hands out the pool's connections, asking again when the auto-server's host is exiting (issue 19): AUTO_RECONNECT
     * only reconnects after the host is gone, and a session asked for while it closes its database is refused.
     * A read outside a transaction (e.g. {@code distribute} looking up taken receipts) would otherwise fail the
     * command although the next moment this process can host the database itself.
     */
    static final class Reconnecting implements javax.sql.DataSource {
        private final javax.sql.DataSource pool;

        Reconnecting(javax.sql.DataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            for (int attempt = 1;; attempt++) {
                try {
                    return pool.getConnection();
                } catch (SQLException e) {
                    if (attempt == WriteFailures.ATTEMPTS || !WriteFailures.hostLeft(e)) {
                        throw e;
                    }
                    org.slf4j.LoggerFactory.getLogger(Database.class)
                            .warn("The database's host is going away; connecting again ({} of {})", attempt + 1,
                                    WriteFailures.ATTEMPTS, e);
                    WriteFailures.pause(attempt);
                }
            }
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return pool.getConnection(user, password);
        }

        @Override
        public java.io.PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(pool) ? type.cast(pool) : pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(pool) || pool.isWrapperFor(type);
        }
    }
}
