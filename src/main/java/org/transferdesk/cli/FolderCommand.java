package org.transferdesk.cli;

import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;

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

    /** Whether the command means anything with {@code --db} (a shared database); the file commands do not. */
    protected boolean worksOnServer() {
        return false;
    }
}
