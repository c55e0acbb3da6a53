package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.common.I18n;
import org.transferdesk.db.BackupService;
import org.transferdesk.db.Database;
import picocli.CommandLine.Command;

@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand extends CliCommand<BackupCommand.Services> {
    record Services(BackupService backups, Database database) {
    }

    public BackupCommand() {
        super(context -> new Services(context.backups(), context.database()));
    }

    @Override
    Integer runOn(org.transferdesk.bootstrap.DataFolder folder) throws Exception {
        if (options.server().isPresent()) {
            // issue 21: a shared database is backed up by its server (IT's pg_dump); an office-side copy of the
            // records is `export ledger`
            throw new org.transferdesk.common.UserFacingException("cli.backup.shared", options.server().get());
        }
        return super.runOn(folder);
    }

    @Override
    protected Integer run(Services services) {
        Path file = services.backups().backup(services.database(), AppInfo.version());
        out().println(I18n.t("cli.backup.done", file));
        return 0;
    }
}
