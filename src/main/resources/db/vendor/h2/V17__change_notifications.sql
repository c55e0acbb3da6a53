-- Issue 21: the PostgreSQL twin of this version makes every write announce itself to colleagues' screens (LISTEN /
-- NOTIFY). The embedded database has one user, so there is nothing to announce; the version keeps both databases at
-- the same schema version. (A harmless statement, as Flyway wants one.)
SELECT 1;
