package org.transferdesk.cli;

import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.Database;
import org.transferdesk.db.ServerSchemaGuard;

/**
 * Base of {@code db init} and {@code db upgrade} (issue 21): they work on a shared database only ({@code --db}) and
 * differ in what the open may do to its schema and in what they say once it is done.
 */
abstract class DbSchemaCommand extends CliCommand<Database> {
    private final ServerSchemaGuard guard;
    private final String doneKey;

    DbSchemaCommand(ServerSchemaGuard guard, String doneKey) {
        super(AppContext::database);
        this.guard = guard;
        this.doneKey = doneKey;
    }

    @Override
    Integer runOn(DataFolder folder) throws Exception {
        if (options.server().isEmpty()) {
            throw new UserFacingException("cli.db.serverRequired", spec.qualifiedName());
        }
        return super.runOn(folder);
    }

    @Override
    protected final ServerSchemaGuard schemaGuard() {
        return guard;
    }

    @Override
    protected final Integer run(Database database) {
        out().println(I18n.t(doneKey, options.server().orElseThrow(), database.schemaVersion()));
        afterDone(database);
        return 0;
    }

    /** What the command says besides its schema version (db init: the first administrator). */
    void afterDone(Database database) {
    }
}
