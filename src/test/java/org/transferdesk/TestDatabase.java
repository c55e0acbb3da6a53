package org.transferdesk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.transferdesk.db.Database;

/** A fresh in-memory H2 migrated by the real Flyway scripts, one per test. */
public final class TestDatabase {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestDatabase() {
    }

    public static Database fresh() {
        return Database.openInMemory("test-" + UUID.randomUUID());
    }
}
