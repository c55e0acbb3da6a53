package org.transferdesk.cli;

import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.db.FileEncryption;
import picocli.CommandLine.Command;

/**
 * {@code db encrypt} (issue 22): encrypts the data folder's database file with AES under a password the user chooses,
 * asked twice on the console (or {@value DataDirOption#FILE_PASSWORD_ENV}). Says first that a forgotten password
 * cannot be recovered. The database must be closed: the file is converted as a copy and swapped in.
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true)
public final class DbEncryptCommand extends FolderCommand {
    @Override
    protected Integer run(DataFolder folder) {
        if (saysNoDatabase(folder)) {
            return 1;
        }
        sayNow("encrypt.warning");
        String password = DataDirOption.askFilePassword("cli.db.filePasswordNew", true);
        sayNow("cli.db.encrypt.running");
        FileEncryption.encrypt(folder.database(), password);
        out().println(I18n.t("cli.db.encrypt.done", folder.databaseFile()));
        return 0;
    }
}
