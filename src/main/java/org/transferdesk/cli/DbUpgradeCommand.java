package org.transferdesk.cli;

import org.transferdesk.db.ServerSchemaGuard;
import picocli.CommandLine.Command;

/**
 * {@code db upgrade --db postgresql://…} (issue 21): the confirmed step that brings a shared database's schema up to
 * this version of TransferDesk. Until it runs (or the first user of the new version confirms it in the app), every
 * other command is refused with a message naming both versions, so nobody writes to a half-known schema.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true)
public final class DbUpgradeCommand extends DbSchemaCommand {
    public DbUpgradeCommand() {
        super(ServerSchemaGuard.UPGRADE, "cli.db.upgrade.done");
    }
}
