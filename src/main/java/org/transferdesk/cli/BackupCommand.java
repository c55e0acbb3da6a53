package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.common.I18n;
import picocli.CommandLine.Command;

@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand extends CliCommand {
    @Override
    protected Integer run(AppContext context) {
        Path file = context.backups().backup(context.database(), AppInfo.version());
        out().println(I18n.t("cli.backup.done", file));
        return 0;
    }
}
