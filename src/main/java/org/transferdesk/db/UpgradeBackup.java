package org.transferdesk.db;

import static org.transferdesk.db.jooq.Tables.APP_META;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.jooq.DSLContext;
import org.slf4j.LoggerFactory;

/**
 * The first start of a new version backs the database up before migrating it, so an upgrade can always be
 * undone by a restore. "New version" means migrations are pending, or the app version that last opened the
 * database ({@code app_meta.lastAppVersion}) is another one (also a downgrade) or was never recorded
 * (a database from before the record existed). A brand-new database has nothing to lose and is not backed up.
 */
public final class UpgradeBackup implements UpgradeGuard {
    static final String LAST_APP_VERSION = "lastAppVersion";
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeBackup.class);

    private final BackupService backups;
    private final String appVersion;
    /** What beforeMigrate found: an unchanged version needs no write, so opening stays read-only. */
    private boolean recorded;

    public UpgradeBackup(BackupService backups, String appVersion) {
        this.backups = backups;
        this.appVersion = appVersion;
    }

    @Override
    public void beforeMigrate(Database unmigrated, Schema schema) {
        if (schema.fresh()) {
            return;
        }
        Optional<String> last = unmigrated.dsl().select(APP_META.META_VALUE).from(APP_META)
                .where(APP_META.META_KEY.eq(LAST_APP_VERSION)).fetchOptional(APP_META.META_VALUE);
        recorded = last.filter(appVersion::equals).isPresent();
        List<String> reasons = new ArrayList<>();
        if (!schema.pending().isEmpty()) {
            reasons.add("schema " + schema.version() + " has migrations " + schema.pending() + " pending");
        }
        if (last.isEmpty()) {
            reasons.add("no app version recorded (last opened before versions were recorded)");
        } else if (!Objects.equals(last.get(), appVersion)) {
            reasons.add("last opened by version " + last.get() + ", this is " + appVersion);
        }
        if (!reasons.isEmpty()) {
            Path file = backups.backupBeforeUpgrade(unmigrated, last.orElse(null), appVersion);
            LOG.info("Backed up the database before upgrading it to {}: {} ({})", appVersion, file,
                    String.join("; ", reasons));
        }
    }

    @Override
    public void afterMigrate(Database migrated) {
        if (recorded) {
            return;
        }
        DSLContext dsl = migrated.dsl();
        int updated = dsl.update(APP_META).set(APP_META.META_VALUE, appVersion)
                .where(APP_META.META_KEY.eq(LAST_APP_VERSION)).execute();
        if (updated == 0) {
            dsl.insertInto(APP_META, APP_META.META_KEY, APP_META.META_VALUE).values(LAST_APP_VERSION, appVersion).execute();
        }
    }
}
