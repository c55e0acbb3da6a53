package org.transferdesk.cli;

import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.db.BackupService;
import org.transferdesk.db.Database;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.ip.IpService;
import org.transferdesk.people.PeopleService;
import picocli.CommandLine.Command;

@Command(name = "info", mixinStandardHelpOptions = true)
public final class InfoCommand extends CliCommand<InfoCommand.Services> {
    record Services(DataFolder folder, Database database, PeopleService people, DisclosureService disclosures,
                    IpService ip, BackupService backups) {
    }

    public InfoCommand() {
        super(context -> new Services(context.folder(), context.database(), context.people(),
                context.disclosures(), context.ip(), context.backups()));
    }

    @Override
    protected Integer run(Services services) {
        out().println(I18n.t("cli.info.version", AppInfo.version()));
        out().println(I18n.t("cli.info.dataFolder", services.folder().root()));
        out().println(I18n.t("cli.info.schema", services.database().schemaVersion()));
        out().println(I18n.t("cli.info.counts", services.people().count(), services.disclosures().count(),
                services.ip().count()));
        out().println(I18n.t("cli.info.backups", services.backups().list().size()));
        return 0;
    }
}
