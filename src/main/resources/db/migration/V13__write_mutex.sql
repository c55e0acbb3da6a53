-- Issue 19: writers that change many rows (ledger import, distribute, demo) lock this one row at the start of
-- their transaction, so a second writer in another process waits for the first and then sees what it wrote,
-- instead of colliding with it on the same new department names. A row lock, not an H2 feature: PostgreSQL
-- (a later issue) behaves the same with SELECT ... FOR UPDATE.
INSERT INTO app_meta (meta_key, meta_value) VALUES ('writeMutex', 'one writer at a time');
