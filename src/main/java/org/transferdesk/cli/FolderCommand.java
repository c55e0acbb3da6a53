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
        return run(folder);
    }
}
