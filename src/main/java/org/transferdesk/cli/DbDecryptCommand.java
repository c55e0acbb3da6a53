package org.transferdesk.cli;

import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.db.FileEncryption;
import picocli.CommandLine.Command;

/**
 * {@code db decrypt} (issue 22): turns the file encryption off again, with the current file password (console or
 * {@value DataDirOption#FILE_PASSWORD_ENV}). The database must be closed.
 */
@Command(name = "decrypt", mixinStandardHelpOptions = true)
public final class DbDecryptCommand extends FolderCommand {
    @Override
    protected Integer run(DataFolder folder) {
        if (saysNoDatabase(folder)) {
            return 1;
        }
        String password = DataDirOption.askFilePassword("cli.db.filePasswordPrompt", false);
        sayNow("cli.db.decrypt.running");
        FileEncryption.decrypt(folder.database(), password);
        out().println(I18n.t("cli.db.decrypt.done", folder.databaseFile()));
        return 0;
    }
}
