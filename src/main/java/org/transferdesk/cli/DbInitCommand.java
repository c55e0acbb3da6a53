package org.transferdesk.cli;

import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.Database;
import org.transferdesk.db.ServerSchemaGuard;
import picocli.CommandLine.Command;

/**
 * {@code db init --db postgresql://…} (issue 21): creates TransferDesk's schema in an empty database on the office's
 * server. Refused for a database that holds anything already, ours or another program's.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class DbInitCommand extends CliCommand<Database> {
    public DbInitCommand() {
        super(AppContext::database);
    }

    @Override
    Integer runOn(DataFolder folder) throws Exception {
        if (options.server().isEmpty()) {
            throw new UserFacingException("cli.db.serverRequired", spec.qualifiedName());
        }
        return super.runOn(folder);
    }

    @Override
    protected ServerSchemaGuard schemaGuard() {
        return ServerSchemaGuard.INIT;
    }

    @Override
    protected Integer run(Database database) {
        out().println(I18n.t("cli.db.init.done", options.server().orElseThrow(), database.schemaVersion()));
        org.transferdesk.db.AppMeta.administrator(database.dsl())
                .ifPresent(login -> out().println(I18n.t("cli.db.init.administrator", login)));
        return 0;
    }
}
