-- Issue 22: the roles the database enforces are PostgreSQL's; the embedded database has one user.
SELECT 1;
