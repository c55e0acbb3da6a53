package org.transferdesk.cli;

import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.Database;
import org.transferdesk.db.ServerSchemaGuard;
import picocli.CommandLine.Command;

/**
 * {@code db upgrade --db postgresql://…} (issue 21): the confirmed step that brings a shared database's schema up to
 * this version of TransferDesk. Until it runs (or the first user of the new version confirms it in the app), every
 * other command is refused with a message naming both versions, so nobody writes to a half-known schema.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true)
public final class DbUpgradeCommand extends CliCommand<Database> {
    public DbUpgradeCommand() {
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
        return ServerSchemaGuard.UPGRADE;
    }

    @Override
    protected Integer run(Database database) {
        out().println(I18n.t("cli.db.upgrade.done", options.server().orElseThrow(), database.schemaVersion()));
        return 0;
    }
}
