-- Issue 22, R-AUDIT-TRAIL: the database writes the audit of every change itself, so a client that bypasses the app (psql, a script,
-- a spreadsheet's ODBC link) cannot change a record without a trace. One row per changed row: entity = the table,
-- entity_id = the row's id (its parent's for the few tables keyed otherwise), the changed columns as the app's own
-- [{"field":…,"before":…,"after":…}], origin 'DB', the connected login as actor (audit_log_actor) and the transaction,
-- which lets the History show such a row only where the app described nothing in that transaction.
--
-- The owner of the tables and superusers are not recorded here: they can disable any trigger anyway (the hash chain
-- and its anchors in exports and backups are what catch them), and they are the ones who migrate, copy an office's
-- ledger in (db copy) and upgrade, where a row per copied row would bury the trail.
ALTER TABLE audit_log ALTER COLUMN tx_id SET DEFAULT txid_current();

CREATE FUNCTION transferdesk_audit_change() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public AS $$
DECLARE
    before JSONB;
    after JSONB;
    changes JSONB := '[]'::JSONB;
    col TEXT;
    row_id BIGINT;
    act TEXT;
BEGIN
    IF pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        RETURN NULL;
    END IF;
    before := CASE WHEN TG_OP = 'INSERT' THEN '{}'::JSONB ELSE to_jsonb(OLD) END;
    after := CASE WHEN TG_OP = 'DELETE' THEN '{}'::JSONB ELSE to_jsonb(NEW) END;
    -- bookkeeping the app changes with every save, and a document's bytes (its SHA-256 is in attachment)
    before := before - ARRAY['version', 'updated_at', 'created_at', 'content'];
    after := after - ARRAY['version', 'updated_at', 'created_at', 'content'];
    -- the audit never holds an ID number in full (everyone who reads the audit would read it)
    IF TG_TABLE_NAME = 'person' THEN
        IF before ? 'id_number' AND before->>'id_number' IS NOT NULL THEN
            before := jsonb_set(before, '{id_number}', to_jsonb(left(before->>'id_number', 6) || '********'
                || right(before->>'id_number', 4)));
        END IF;
        IF after ? 'id_number' AND after->>'id_number' IS NOT NULL THEN
            after := jsonb_set(after, '{id_number}', to_jsonb(left(after->>'id_number', 6) || '********'
                || right(after->>'id_number', 4)));
        END IF;
    END IF;
    FOR col IN SELECT k FROM (SELECT jsonb_object_keys(before) AS k UNION SELECT jsonb_object_keys(after)) keys
            ORDER BY k LOOP
        IF (before->col) IS DISTINCT FROM (after->col) THEN
            changes := changes || jsonb_build_array(jsonb_build_object('field', col,
                'before', CASE WHEN before->col IS NULL OR jsonb_typeof(before->col) = 'null' THEN NULL
                               ELSE before->>col END,
                'after', CASE WHEN after->col IS NULL OR jsonb_typeof(after->col) = 'null' THEN NULL
                              ELSE after->>col END));
        END IF;
    END LOOP;
    IF jsonb_array_length(changes) = 0 THEN
        RETURN NULL;
    END IF;
    row_id := COALESCE((after->>'id')::BIGINT, (before->>'id')::BIGINT, (after->>'deal_id')::BIGINT,
        (before->>'deal_id')::BIGINT, (after->>'case_id')::BIGINT, (before->>'case_id')::BIGINT,
        (after->>'distribution_id')::BIGINT, (before->>'distribution_id')::BIGINT, 0);
    act := CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'DELETE' THEN 'DELETE' ELSE 'UPDATE' END;
    INSERT INTO audit_log (occurred_at, actor, entity, entity_id, action, changes, origin)
        VALUES (LOCALTIMESTAMP, session_user, TG_TABLE_NAME, row_id, act, changes::TEXT, 'DB');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
            AND tablename NOT IN ('audit_log', 'audit_chain_head', 'app_meta', 'flyway_schema_history') LOOP
        EXECUTE format('CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
            'EXECUTE FUNCTION transferdesk_audit_change()', t);
    END LOOP;
END
$$;
