package org.transferdesk.db;

import java.nio.file.Path;

/** A data folder's database password (issue 22), for tests that open the H2 file with plain JDBC. */
public final class TestKeys {
    private TestKeys() {
    }

    /** The password of the database at {@code base} (no {@code .mv.db}), from the folder's db.key. */
    public static String password(Path base) {
        return H2Key.folderPassword(base);
    }

    /** Forgets the file password this JVM holds for {@code base}, as a new process would not know it. */
    public static void forget(Path base) {
        H2Key.remember(base, null);
    }
}
