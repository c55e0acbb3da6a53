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

    /** A clock fixed at 10:00 in Shanghai on {@code day}. */
    public static Clock clockOn(java.time.LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(CLOCK.getZone()).toInstant(), CLOCK.getZone());
    }

    public static Database fresh() {
        return Database.openInMemory("test-" + UUID.randomUUID());
    }

    /**
     * The schema version of a fresh database: the highest V number shipped (versions are handed out per branch, so
     * there may be gaps and it need not be {@link #migrationFiles()}).
     */
    public static String latestVersion() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How many Flyway migration files are shipped (the rows a fresh database's history gets). */
    public static int migrationFiles() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
