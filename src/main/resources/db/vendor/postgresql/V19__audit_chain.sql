-- Issue 22: a tamper-evident audit trail. Every audit row carries a hash chain: seq is its place (1, 2, 3 …),
-- prev_hash the previous row's row_hash (64 zeros before the first) and row_hash the SHA-256 of its content and
-- prev_hash (encoding: org.transferdesk.audit.AuditChain, the same bytes as audit_chain_hash below). The database
-- writes the chain itself: a BEFORE INSERT trigger locks the one head row (so appenders on several PCs queue and
-- never share a seq or fork the chain), overwrites whatever the client sent for seq/prev_hash/row_hash and moves the
-- head. Rows may be neither updated, deleted nor truncated, not even by the table's owner: triggers refuse it with
-- SQLSTATE 42501. A superuser, or the owner after ALTER TABLE … DISABLE TRIGGER, can still rewrite rows; that is what
-- the chain (audit verify) and the anchors each backup and export records then catch.
-- origin: APP when the app wrote the row, DB when a database trigger did (issue 22's database-written audit).
ALTER TABLE audit_log ADD COLUMN seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN row_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN origin VARCHAR(8) NOT NULL DEFAULT 'APP';
CREATE UNIQUE INDEX ux_audit_log_seq ON audit_log (seq);

CREATE TABLE audit_chain_head (
    id       INT         PRIMARY KEY CHECK (id = 1),
    seq      BIGINT      NOT NULL,
    row_hash VARCHAR(64) NOT NULL
);

-- One field of the canonical encoding: its UTF-8 byte length in decimal, ':', the bytes, a line feed.
CREATE FUNCTION audit_chain_field(v text) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT convert_to(octet_length(convert_to(v, 'UTF8'))::text || ':', 'UTF8') || convert_to(v, 'UTF8')
           || decode('0a', 'hex')
$$;

-- A row's hash: lower-case hex SHA-256 of seq, occurred_at (microseconds), actor, entity, entity_id, action, changes,
-- origin and prev_hash, each encoded by audit_chain_field.
CREATE FUNCTION audit_chain_hash(p_seq BIGINT, p_at TIMESTAMP, p_actor TEXT, p_entity TEXT, p_entity_id BIGINT,
                                 p_action TEXT, p_changes TEXT, p_origin TEXT, p_prev TEXT)
    RETURNS VARCHAR LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT encode(sha256(audit_chain_field(p_seq::text)
                         || audit_chain_field(to_char(p_at, 'YYYY-MM-DD"T"HH24:MI:SS.US'))
                         || audit_chain_field(p_actor) || audit_chain_field(p_entity)
                         || audit_chain_field(p_entity_id::text) || audit_chain_field(p_action)
                         || audit_chain_field(p_changes) || audit_chain_field(p_origin)
                         || audit_chain_field(p_prev)), 'hex')
$$;

-- The rows written before this version are chained in id order (the order they were written in).
DO $$
DECLARE
    r    record;
    s    BIGINT := 0;
    h    VARCHAR(64) := repeat('0', 64);
    next VARCHAR(64);
BEGIN
    FOR r IN SELECT id, occurred_at, actor, entity, entity_id, action, changes, origin FROM audit_log ORDER BY id
    LOOP
        s := s + 1;
        next := audit_chain_hash(s, r.occurred_at, r.actor, r.entity, r.entity_id, r.action, r.changes, r.origin, h);
        UPDATE audit_log SET seq = s, prev_hash = h, row_hash = next WHERE id = r.id;
        h := next;
    END LOOP;
    INSERT INTO audit_chain_head (id, seq, row_hash) VALUES (1, s, h);
END
$$;

-- Runs as the schema's owner (SECURITY DEFINER), so a login that may only insert audit rows still moves the head;
-- named to fire after audit_log_actor (same-event triggers fire in name order), so the actor it sets is hashed.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    head_seq  BIGINT;
    head_hash VARCHAR(64);
BEGIN
    SELECT seq, row_hash INTO head_seq, head_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'audit_chain_head has no row: the audit chain cannot be continued' USING ERRCODE = '55000';
    END IF;
    NEW.seq := head_seq + 1;
    NEW.prev_hash := head_hash;
    NEW.row_hash := audit_chain_hash(NEW.seq, NEW.occurred_at, NEW.actor, NEW.entity, NEW.entity_id, NEW.action,
                                     NEW.changes, NEW.origin, NEW.prev_hash);
    UPDATE audit_chain_head SET seq = NEW.seq, row_hash = NEW.row_hash WHERE id = 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = '42501',
        HINT = 'audit rows are never changed or removed (issue 22)';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;

CREATE TRIGGER audit_chain_head_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION transferdesk_notify_change();
