package org.transferdesk.db;

import java.util.List;
import org.transferdesk.common.UserFacingException;

/**
 * What an open of a shared database may do to its schema (issue 21). A clerk's ordinary open never creates or
 * upgrades one: an empty database is set up by {@code db init}, a schema an older TransferDesk left is upgraded after
 * a confirmation (the app's question, or {@code db upgrade}); and a database that holds other tables is not ours to
 * touch. A schema newer than this app is refused before this guard is asked ({@link DatabaseTooNewException}).
 */
public enum ServerSchemaGuard implements UpgradeGuard {
    /** An ordinary open: the schema must be there and current. */
    OPEN,
    /** {@code db init}: the database must be empty; its schema is created. */
    INIT,
    /** A confirmed upgrade: an older schema is migrated (a current one is simply opened). */
    UPGRADE;

    @Override
    public void beforeMigrate(Database database, Schema schema) {
        if (schema.fresh()) {
            List<String> tables = database.dsl().fetch("""
                    select table_name from information_schema.tables
                    where table_schema = current_schema() and table_name <> 'flyway_schema_history'""")
                    .getValues(0, String.class);
            if (!tables.isEmpty()) {
                throw new UserFacingException("error.server.notTransferDesk", tables.size());
            }
            if (this != INIT) {
                throw new UserFacingException("error.server.empty");
            }
            return;
        }
        if (this == INIT) {
            throw new UserFacingException("error.server.notEmpty", schema.version());
        }
        if (!schema.pending().isEmpty() && this != UPGRADE) {
            throw new SchemaUpgradeNeededException(schema.version(), schema.pending().get(schema.pending().size() - 1));
        }
    }

    @Override
    public void afterMigrate(Database database) {
        if (this == INIT) {
            // the login that set the database up is its first administrator: it owns the schema; issue 22's
            // accounts and roles start from this record
            AppMeta.recordAdministrator(database);
        }
    }
}
