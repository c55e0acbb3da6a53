package org.transferdesk.cli;

import org.transferdesk.common.I18n;
import org.transferdesk.db.AppMeta;
import org.transferdesk.db.Database;
import org.transferdesk.db.ServerSchemaGuard;
import picocli.CommandLine.Command;

/**
 * {@code db init --db postgresql://…} (issue 21): creates TransferDesk's schema in an empty database on the office's
 * server and names its first administrator, the login that ran it. Refused for a database that holds anything
 * already, ours or another program's.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class DbInitCommand extends DbSchemaCommand {
    public DbInitCommand() {
        super(ServerSchemaGuard.INIT, "cli.db.init.done");
    }

    @Override
    void afterDone(Database database) {
        AppMeta.administrator(database.dsl()).ifPresent(login -> out().println(I18n.t("cli.db.init.administrator",
                login)));
    }
}
