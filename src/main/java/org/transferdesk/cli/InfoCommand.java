package org.transferdesk.cli;

import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.common.I18n;
import picocli.CommandLine.Command;

@Command(name = "info", mixinStandardHelpOptions = true)
public final class InfoCommand extends CliCommand {
    @Override
    protected Integer run(AppContext context) {
        out().println(I18n.t("cli.info.version", AppInfo.version()));
        out().println(I18n.t("cli.info.dataFolder", context.folder().root()));
        out().println(I18n.t("cli.info.schema", context.database().schemaVersion()));
        out().println(I18n.t("cli.info.counts", context.people().count(), context.disclosures().count(),
                context.ip().count()));
        out().println(I18n.t("cli.info.backups", context.backups().list().size()));
        return 0;
    }
}
