package org.transferdesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.transferdesk.common.OwnerOnly;
import org.transferdesk.common.UserFacingException;

/**
 * How an H2 database file is opened (issue 22): its own random password, kept in {@value #FILE} beside it (written
 * once, owner-only), and, when the file is encrypted with H2's {@code CIPHER=AES}, the file password the user chose.
 * Whether a file is encrypted is read from the file itself (H2 writes {@code H2encrypt} at the start of an encrypted
 * one), so a restore or a conversion never leaves a marker out of step with the file.
 *
 * <p>The file password is never written anywhere: the app asks for it at start ({@link #unlock}) and holds it for
 * the process's life, keyed by the database's path. H2 takes both passwords as one, {@code "file user"}, split at the
 * first space, so a file password has no spaces.
 */
public final class H2Key {
    /** The key file's name in the data folder. */
    public static final String FILE = "db.key";
    /** A backup's copy is given this password: it is no server anyone connects to, and restore must know it. */
    static final String BACKUP_PASSWORD = "transferdesk-backup";
    /** The fewest characters a file password may have. */
    public static final int MIN_LENGTH = 8;
    static final String CIPHER = ";CIPHER=AES";
    /** H2's "Wrong user name or password". */
    static final int WRONG_PASSWORD = 28000;
    /** H2's "Encryption error in file": the file password is wrong. */
    static final int WRONG_FILE_PASSWORD = 90049;
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final String PASSWORD = "password";
    private static final Map<String, String> UNLOCKED = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String userPassword;
    private final String filePassword;

    H2Key(String userPassword, String filePassword) {
        this.userPassword = userPassword;
        this.filePassword = filePassword;
    }

    /**
     * The key of the database at {@code base} (no {@code .mv.db}): the folder's password (made now when the folder
     * has none) and, for an encrypted file, the file password given to {@link #unlock}; without one the open is
     * refused with {@code error.filePasswordNeeded}.
     */
    static H2Key forDatabase(Path base) {
        String user = folderPassword(base);
        if (!isEncrypted(base)) {
            return new H2Key(user, null);
        }
        String file = UNLOCKED.get(name(base));
        if (file == null) {
            throw new UserFacingException("error.filePasswordNeeded");
        }
        return new H2Key(user, file);
    }

    /** The same file password with another user password (a backup's copy, an old database). */
    H2Key withUserPassword(String password) {
        return new H2Key(password, filePassword);
    }

    /** The same user password with another file password, null for none. */
    H2Key withFilePassword(String password) {
        return new H2Key(userPassword, password);
    }

    boolean encrypted() {
        return filePassword != null;
    }

    String userPassword() {
        return userPassword;
    }

    /** The file URL of {@code base} with {@code options}, asking for the cipher when the file is encrypted. */
    String url(Path base, String options) {
        return "jdbc:h2:file:" + base.toAbsolutePath() + Database.OPTIONS + options + (encrypted() ? CIPHER : "");
    }

    /** The password H2 takes: {@code "file user"} for an encrypted file, else the user password. */
    String password() {
        return encrypted() ? filePassword + " " + userPassword : userPassword;
    }

    Connection connect(Path base, String options) throws SQLException {
        return DriverManager.getConnection(url(base, options), "sa", password());
    }

    /**
     * The password of the (unencrypted) database at {@code base}, for the app's own tools that open a file with plain
     * JDBC (the benchmarks' H2 baselines); a copy of the file beside it keeps the same one.
     */
    public static String toolPassword(Path base) {
        return folderPassword(base);
    }

    /** Whether the database file at {@code base} is encrypted (false when there is none). */
    public static boolean isEncrypted(Path base) {
        Path file = RestoreJournal.live(base);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Checks {@code filePassword} opens the encrypted database at {@code base} and keeps it for this process's
     * opens. A wrong one is refused with {@code error.filePasswordWrong} and not kept.
     */
    public static void unlock(Path base, String filePassword) {
        H2Key key = new H2Key(folderPassword(base), filePassword);
        try (Connection c = key.connect(base, Database.SHARED + ";IFEXISTS=TRUE")) {
            c.isValid(2);
        } catch (SQLException e) {
            throw Database.translate(e);
        }
        UNLOCKED.put(name(base), filePassword);
    }

    /** Whether this process holds the file password of the database at {@code base}. */
    public static boolean unlocked(Path base) {
        return UNLOCKED.containsKey(name(base));
    }

    /** Whether {@code password} is the file password this process opened the database at {@code base} with. */
    public static boolean isCurrentPassword(Path base, String password) {
        return password != null && password.equals(UNLOCKED.get(name(base)));
    }

    /** The file password this process holds for {@code base}, null when none. */
    static String remembered(Path base) {
        return UNLOCKED.get(name(base));
    }

    /** Forgets the file password of {@code base} (after a decryption), or keeps a new one (after an encryption). */
    static void remember(Path base, String filePassword) {
        if (filePassword == null) {
            UNLOCKED.remove(name(base));
        } else {
            UNLOCKED.put(name(base), filePassword);
        }
    }

    /**
     * Why {@code typed} (and {@code again}, the second typing) cannot be a file password, as a message key; empty
     * when it can: long enough, no spaces (H2 splits its passwords at the first one), typed the same twice.
     */
    public static Optional<String> problem(String typed, String again) {
        if (typed == null || typed.length() < MIN_LENGTH) {
            return Optional.of("encrypt.password.tooShort");
        }
        if (typed.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("encrypt.password.spaces");
        }
        if (!typed.equals(again)) {
            return Optional.of("encrypt.password.mismatch");
        }
        return Optional.empty();
    }

    private static String name(Path base) {
        return base.toAbsolutePath().normalize().toString();
    }

    static Path keyFile(Path base) {
        return base.toAbsolutePath().normalize().resolveSibling(FILE);
    }

    /**
     * The data folder's database password, from {@value #FILE}; made and written (owner-only, atomically, synced)
     * the first time, before any database is told it, so a crash never leaves a password nobody has.
     */
    static synchronized String folderPassword(Path base) {
        Path file = keyFile(base);
        try {
            if (Files.isRegularFile(file)) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(in);
                }
                String known = p.getProperty(PASSWORD, "");
                if (!known.isBlank()) {
                    return known.strip();
                }
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE + ".tmp");
            Files.deleteIfExists(temp);
            OwnerOnly.newFile(temp);
            Properties p = new Properties();
            p.setProperty(PASSWORD, made);
            try (var ch = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                p.store(out, "TransferDesk: the password of this folder's database (issue 22). Keep this file with"
                        + " transferdesk.mv.db: without it the database does not open.");
                out.flush();
                ch.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return made;
        } catch (IOException e) {
            throw new UserFacingException("error.databaseOpen", new Object[] {e.getMessage()}, e);
        }
    }

    /**
     * Makes sure the database at {@code base} opens with this key, switching a database made before issue 22 (user
     * {@code sa}, empty password) over to it; see {@link #connectAdopting}.
     */
    void adopt(Path base, String options) {
        try (Connection c = connectAdopting(base, options)) {
            c.isValid(2);
        } catch (SQLException e) {
            if (e.getErrorCode() == WRONG_PASSWORD && !encrypted()) {
                // neither the folder's password nor the empty one: the file came from another folder without its key
                throw new UserFacingException("error.databasePassword", new Object[0], e);
            }
            throw Database.translate(e);
        }
    }

    /**
     * A connection with this key; a database made before issue 22 (user {@code sa}, empty password) is switched
     * over to it first. The key file was written before the database is changed, and the key is always tried before
     * the empty password, so a crash between the two steps is finished by the next open.
     */
    Connection connectAdopting(Path base, String options) throws SQLException {
        try {
            return connect(base, options);
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD || encrypted()) {
                throw e;
            }
            Connection c;
            try {
                c = withUserPassword("").connect(base, options);
            } catch (SQLException old) {
                e.addSuppressed(old);
                throw e;
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER USER SA SET PASSWORD '" + userPassword.replace("'", "''") + "'");
            } catch (SQLException failed) {
                c.close();
                throw failed;
            }
            org.slf4j.LoggerFactory.getLogger(H2Key.class).info("Database {} switched from the empty password to"
                    + " its folder's own ({})", base, FILE);
            return c;
        }
    }

    /** Gives the private copy at {@code base}, opened with this key, the password {@code newUserPassword}. */
    void changeUserPassword(Path base, String newUserPassword) throws SQLException {
        try (Connection c = connect(base, ";AUTO_SERVER=FALSE;IFEXISTS=TRUE"); Statement s = c.createStatement()) {
            s.execute("ALTER USER SA SET PASSWORD '" + newUserPassword.replace("'", "''") + "'");
        }
    }
}
