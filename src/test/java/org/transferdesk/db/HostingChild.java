package org.transferdesk.db;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second TransferDesk process for the tests that need one: it opens the database as the app does (so it hosts the
 * auto-server), prints "open", and keeps the database open until its standard input closes.
 */
final class HostingChild {
    private HostingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.openFile(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            System.in.read();
        }
    }

    /** Starts the child on the database at {@code base} (without {@code .mv.db}), with this test run's class path. */
    static Process start(Path base) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HostingChild.class.getName(), base.toString())
                .redirectErrorStream(true).start();
    }
}
