package org.transferdesk.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears other TransferDesks' changes on the shared database (issue 21): LISTEN on the channel the tables' triggers
 * notify ({@code db/vendor/postgresql/V17}), on a connection of its own. Changes arriving together are handed on as
 * one set of table names once they stop for a moment (at most a few seconds late), so a colleague's import reloads
 * a screen once, not once per table; this app's own changes are left out, its screens knew of them first. A lost
 * connection is opened again, and since changes may have been missed meanwhile, every table counts as changed.
 */
final class ChangeListener implements AutoCloseable {
    static final String CHANNEL = "transferdesk_changes";
    /** Quiet time that ends a burst of changes, and the longest a change waits while a burst goes on. */
    static final long QUIET_MILLIS = 700;
    static final long MAX_WAIT_MILLIS = 3_000;
    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);

    /** Where the listening connection comes from (its own, not the pool's). */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final String self;
    private final Consumer<Set<String>> onChange;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    ChangeListener(Connector connector, String self, Consumer<Set<String>> onChange) {
        this.connector = connector;
        this.self = self;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "td-shared-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        boolean missedSome = false;
        while (running) {
            try (Connection c = connector.connect(); Statement s = c.createStatement()) {
                connection = c;
                s.execute("LISTEN " + CHANNEL);
                if (missedSome) {
                    deliver(Set.of("*"));
                }
                listen(c.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Listening for colleagues' changes failed; trying again shortly", e);
                missedSome = true;
                pause(5_000);
            }
        }
    }

    private void listen(PGConnection pg) throws SQLException {
        Set<String> pending = new TreeSet<>();
        long first = 0;
        long last = 0;
        while (running) {
            PGNotification[] arrived = pg.getNotifications((int) QUIET_MILLIS);
            long now = System.nanoTime() / 1_000_000;
            if (arrived != null) {
                for (PGNotification n : arrived) {
                    String table = tableOf(n.getParameter(), self);
                    if (table != null) {
                        if (pending.isEmpty()) {
                            first = now;
                        }
                        pending.add(table);
                        last = now;
                    }
                }
            }
            if (!pending.isEmpty() && (now - last >= QUIET_MILLIS || now - first >= MAX_WAIT_MILLIS)) {
                deliver(Set.copyOf(pending));
                pending.clear();
            }
        }
    }

    /** The table a notification names, or null for this app's own change ({@code "table applicationName"}). */
    static String tableOf(String payload, String self) {
        if (payload == null) {
            return null;
        }
        int space = payload.indexOf(' ');
        String table = space < 0 ? payload : payload.substring(0, space);
        String from = space < 0 ? "" : payload.substring(space + 1);
        return from.equals(self) || table.isEmpty() ? null : table;
    }

    private void deliver(Set<String> tables) {
        try {
            onChange.accept(tables);
        } catch (RuntimeException e) {
            LOG.warn("A screen failed to take colleagues' changes", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        thread.interrupt();
    }
}
