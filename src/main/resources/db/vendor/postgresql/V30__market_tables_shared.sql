-- Issue 25's tables (V27 catalogue, V28 needs, V29 events and outreach) on the shared database get what V17, V22 and V24
-- gave every table before them: the change notification colleagues' screens reload on, the database-written audit
-- (R-AUDIT-TRAIL) and the write grants. Reading is already granted (V22's default privileges).
-- Who writes: the clerk and the administrator, as everywhere, and the technology manager, whose work this is (a
-- result's public profile, a company's need, a roadshow, a contact); finance and leaders read. No row-level limit
-- to a manager's own records: outreach is shared work, and a profile publishes nothing the result's manager hides
-- (the publish rules, R-CAT-PUBLISH, are checked by the app on every save).
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['catalogue_profile', 'catalogue_image', 'tech_need', 'tech_need_result', 'tech_need_move',
            'outreach_event', 'outreach_event_result', 'outreach_event_company', 'outreach_lead', 'contact_entry'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION transferdesk_notify_change()', t || '_changed', t);
        EXECUTE format('CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION transferdesk_audit_change()', t);
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO transferdesk_admin, transferdesk_clerk, '
                       'transferdesk_manager', t);
    END LOOP;
END
$$;

-- the new tables' identity sequences (V22 granted the sequences that existed then)
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO transferdesk_admin, transferdesk_clerk, transferdesk_finance,
    transferdesk_manager, transferdesk_leader;
