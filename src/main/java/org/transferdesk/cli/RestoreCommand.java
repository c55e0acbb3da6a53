package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.db.BackupRefusedException;
import org.transferdesk.db.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand extends FolderCommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
    Path file;

    @Override
    protected Integer run(DataFolder folder) {
        folder.create();
        try {
            // issue 22: an encrypted backup opens with the file password it was made under
            String password = BackupService.isEncrypted(file)
                    ? DataDirOption.askFilePassword("cli.restore.filePasswordPrompt", false) : null;
            BackupService.restore(file, folder.database(), password);
        } catch (BackupRefusedException e) {
            // The file is the problem, not the data folder: invalid input, as CliErrors counts it.
            err().println(e.getLocalizedMessage());
            return 2;
        }
        out().println(I18n.t("cli.restore.done", file.getFileName()));
        return 0;
    }
}
