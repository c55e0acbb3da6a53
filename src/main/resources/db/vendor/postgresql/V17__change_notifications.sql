-- Issue 21: colleagues' screens refresh when someone else changes data. Every write statement on a TransferDesk table
-- tells the listeners on the channel transferdesk_changes which table it changed and which TransferDesk session
-- (application_name, one per running app) did it, so an app can ignore its own changes, which it already knows of.
-- PostgreSQL delivers a notification at commit only (a rolled-back write tells nobody) and sends one per distinct
-- payload per transaction, so an import of 100,000 rows is one notification per table. Written by the database, a
-- change is announced whichever client made it (the app, the command line, a script).
CREATE FUNCTION transferdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('transferdesk_changes', TG_TABLE_NAME || ' ' || current_setting('application_name'));
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT table_name FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
               AND table_name <> 'flyway_schema_history'
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION transferdesk_notify_change()', t || '_changed', t);
    END LOOP;
END
$$;
