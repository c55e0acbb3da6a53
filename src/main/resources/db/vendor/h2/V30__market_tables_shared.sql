-- The shared database's triggers and grants for issue 25's tables (see vendor/postgresql/V30); an embedded H2 file
-- has one user and no notifications, so nothing to do here, but the versions stay in step on both databases.
SELECT 1;
