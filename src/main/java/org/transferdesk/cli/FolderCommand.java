package org.transferdesk.cli;

import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;

/**
 * Base of the commands that work on the data folder without opening its database (restore replaces the file,
 * db compact needs it to itself, template writes a file elsewhere): their body sees the folder only.
 */
abstract class FolderCommand extends CliCommand<DataFolder> {
    FolderCommand() {
        super(AppContext::folder);
    }

    @Override
    final Integer runOn(DataFolder folder) throws Exception {
        if (options.server().isPresent() && !worksOnServer()) {
            // restore and compact work on the embedded file; a shared database is kept by its server (issue 21)
            throw new org.transferdesk.common.UserFacingException("cli.db.fileOnly", spec.qualifiedName());
        }
        return run(folder);
    }

    /** Whether the folder holds no database file yet; then says so, as the commands on that file do. */
    protected boolean saysNoDatabase(DataFolder folder) {
        if (java.nio.file.Files.exists(folder.databaseFile())) {
            return false;
        }
        out().println(I18n.t("cli.db.compact.noDatabase", folder.root()));
        return true;
    }

    /** Prints the line at once: what is said before a prompt or a long, silent step must show before it. */
    protected void sayNow(String key, Object... args) {
        out().println(I18n.t(key, args));
        out().flush();
    }

    /** Whether the command means anything with {@code --db} (a shared database); the file commands do not. */
    protected boolean worksOnServer() {
        return false;
    }
}
