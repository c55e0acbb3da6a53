package org.transferdesk.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.OwnerOnly;

/**
 * The logins the shared database refused on this PC (issue 22): a failed login cannot write to a database it could
 * not open, so each is kept in a small file of the user's data folder (time, login, computer; never a password) and
 * reported to the audit at the next successful sign-in ({@link AccountService#auditSignIn}), then forgotten.
 */
public final class FailedLogins {
    public static final String FILE = "failed-logins.txt";
    private final Path file;
    private final Clock clock;

    public FailedLogins(Path dataFolder, Clock clock) {
        this.file = dataFolder.resolve(FILE);
        this.clock = clock;
    }

    /** Notes a refused login by {@code login} now, on this computer. */
    public synchronized void record(String login) {
        String line = LocalDateTime.now(clock) + "\t" + clean(login) + "\t" + clean(computer()) + "\n";
        try {
            boolean fresh = !Files.exists(file);
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (fresh) {
                OwnerOnly.file(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refused logins noted since the last {@link #clear()}, oldest first; unreadable lines are skipped. */
    public synchronized List<AccountService.FailedLogin> read() {
        List<AccountService.FailedLogin> found = new ArrayList<>();
        if (!Files.exists(file)) {
            return found;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", -1);
                if (parts.length == 3) {
                    try {
                        found.add(new AccountService.FailedLogin(LocalDateTime.parse(parts[0]), parts[1], parts[2]));
                    } catch (java.time.format.DateTimeParseException e) {
                        // a damaged line says nothing reliable: left out
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Forgets them, once the audit has them. */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]", " ").strip();
    }

    /** The computer's name, as the office's IT knows it. */
    static String computer() {
        String named = System.getenv("COMPUTERNAME");
        if (named != null && !named.isBlank()) {
            return named;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String host = System.getenv("HOSTNAME");
            return host == null ? "?" : host;
        }
    }
}
