-- Issue 22: the transaction an audit row was written in (PostgreSQL's transaction id; none on the embedded database),
-- so the History can tell a change the database recorded on its own (V24, written whoever changed the row and
-- however) from one the app described in the same transaction.
ALTER TABLE audit_log ADD COLUMN tx_id BIGINT;
