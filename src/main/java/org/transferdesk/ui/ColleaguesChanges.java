package org.transferdesk.ui;

import java.util.concurrent.Executor;
import org.transferdesk.db.Database;

/**
 * On the shared database (issue 21), a colleague's change reaches this app's open screens as any change does: through
 * {@link DataEvents}, on the UI thread, once per burst of changes (the listener waits for them to pause). Which
 * records changed is not known from a table name, so the screens reload what they show ({@code allChanged}); a
 * burst is at most one reload per screen, however many rows a colleague's import wrote.
 */
public final class ColleaguesChanges {
    private ColleaguesChanges() {
    }

    /** Starts hearing; close the answer when the screens go (nothing to hear on the embedded database). */
    public static AutoCloseable follow(Database database, DataEvents events, Executor uiThread) {
        return database.listenForChanges(tables -> {
            // the write lock's note of who holds it (app_meta) is no record a screen shows
            if (!tables.equals(java.util.Set.of("app_meta"))) {
                uiThread.execute(events::allChanged);
            }
        });
    }
}
