-- Issue 22, R-ACCESS: who may see and do what, enforced by PostgreSQL itself rather than by the app's buttons.
--
-- Six group roles (NOLOGIN); each account is a login role that is a member of exactly one of them, made and changed
-- only through the SECURITY DEFINER functions at the end (the app's 用户管理 calls them). Role names are cluster-wide:
-- keep one TransferDesk database per PostgreSQL cluster (a training copy on a cluster of its own).
--   transferdesk_admin    管理员   accounts, office settings, reward policy, and everything below
--   transferdesk_clerk    经办     results, people, IP, deals, pilot cases, distributions up to approval, imports
--   transferdesk_finance  财务     payments, tax withheld, 备案表, payroll, full ID numbers
--   transferdesk_manager  技术经理人 the results, deals and pilot cases assigned to them; names and counts otherwise
--   transferdesk_leader   领导     reads everything but ID numbers, approves deals and distributions
--   transferdesk_auditor  审计     reads everything but ID numbers, the audit trail included; changes nothing
-- The owner of the tables (the login IT migrates with) and superusers are administrators.
--
-- The means: table GRANTs per role; column privileges on person (only 财务 and 管理员 read id_number; everyone
-- reads it masked through the person_id_number view); row-level security for the technology manager; triggers for
-- the steps a table grant cannot tell apart (recording an approval, setting a distribution approved or paid,
-- recording a payment or the tax withheld). A refusal is SQLSTATE 42501 with a message starting
-- "TD-ROLE:<ROLE>[,<ROLE>]" naming the roles that may do it, which the app shows in the clerk's words.
DO $$
DECLARE
    g TEXT;
BEGIN
    FOREACH g IN ARRAY ARRAY['admin', 'clerk', 'finance', 'manager', 'leader', 'auditor'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'transferdesk_' || g) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', 'transferdesk_' || g);
            EXCEPTION
                WHEN duplicate_object OR unique_violation THEN NULL; -- another database's migration made it just now
                WHEN insufficient_privilege THEN
                    RAISE EXCEPTION 'TransferDesk needs its owner login to be allowed to create roles: as the '
                        'PostgreSQL superuser run  ALTER ROLE % CREATEROLE;  and start the upgrade again', current_user
                        USING ERRCODE = '42501';
            END;
        END IF;
    END LOOP;
END
$$;

-- Who the connected login is, in TransferDesk's terms. session_user, not current_user: inside SECURITY DEFINER
-- functions current_user is the owner, and a SET ROLE changes nothing about who logged in.
CREATE FUNCTION transferdesk_is_admin() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), FALSE)
        OR pg_has_role(session_user, 'transferdesk_admin', 'MEMBER')
        OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.app_user'::regclass), 'MEMBER')
$$;

CREATE FUNCTION transferdesk_has_role(wanted TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT transferdesk_is_admin() OR pg_has_role(session_user, 'transferdesk_' || lower(wanted), 'MEMBER')
$$;

-- A technology manager and nothing more: row-level security narrows their view to their own records.
CREATE FUNCTION transferdesk_manager_only() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT pg_has_role(session_user, 'transferdesk_manager', 'MEMBER') AND NOT (transferdesk_is_admin()
        OR pg_has_role(session_user, 'transferdesk_clerk', 'MEMBER')
        OR pg_has_role(session_user, 'transferdesk_finance', 'MEMBER')
        OR pg_has_role(session_user, 'transferdesk_leader', 'MEMBER')
        OR pg_has_role(session_user, 'transferdesk_auditor', 'MEMBER'))
$$;

CREATE FUNCTION transferdesk_reads_ids() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT transferdesk_has_role('finance')
$$;

CREATE FUNCTION transferdesk_refuse(roles TEXT, what TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'TD-ROLE:% %', roles, what USING ERRCODE = '42501';
END
$$;

-- Reading: everyone reads every table; the exceptions follow.
GRANT USAGE ON SCHEMA public TO transferdesk_admin, transferdesk_clerk, transferdesk_finance, transferdesk_manager,
    transferdesk_leader, transferdesk_auditor;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO transferdesk_admin, transferdesk_clerk, transferdesk_finance,
    transferdesk_manager, transferdesk_leader, transferdesk_auditor;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO transferdesk_admin, transferdesk_clerk, transferdesk_finance,
    transferdesk_manager, transferdesk_leader, transferdesk_auditor;
-- Tables and views later migrations make are readable by every role too; who may write them each migration says.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO transferdesk_admin, transferdesk_clerk,
    transferdesk_finance, transferdesk_manager, transferdesk_leader, transferdesk_auditor;

-- Full ID numbers: 财务 and 管理员 only. The others read every other column, and the number masked through the view
-- (which runs with its owner's rights, so it can read the column for them).
REVOKE SELECT ON person FROM transferdesk_clerk, transferdesk_manager, transferdesk_leader, transferdesk_auditor;
GRANT SELECT (id, staff_no, name, department_id, leader_role, id_type, contact, version, created_at, updated_at)
    ON person TO transferdesk_clerk, transferdesk_manager, transferdesk_leader, transferdesk_auditor;
CREATE OR REPLACE VIEW person_id_number AS
    SELECT id AS person_id,
           CAST(CASE WHEN id_number IS NULL OR transferdesk_reads_ids() THEN id_number
                WHEN char_length(id_number) < 10 THEN repeat('*', char_length(id_number))
                ELSE left(id_number, 6) || repeat('*', char_length(id_number) - 10) || right(id_number, 4)
           END AS VARCHAR(32)) AS id_number,
           transferdesk_reads_ids() AS id_readable
    FROM person;
GRANT SELECT ON person_id_number TO transferdesk_admin, transferdesk_clerk, transferdesk_finance, transferdesk_manager,
    transferdesk_leader, transferdesk_auditor;

-- Writing. Sequences back the identity columns every insert draws from.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO transferdesk_admin, transferdesk_clerk, transferdesk_finance,
    transferdesk_manager, transferdesk_leader;
-- Every writer takes the office's write lock (a row of app_meta) and may add the audit rows of its changes.
GRANT INSERT, UPDATE ON app_meta TO transferdesk_admin, transferdesk_clerk, transferdesk_finance, transferdesk_manager,
    transferdesk_leader;
GRANT INSERT ON audit_log TO transferdesk_admin, transferdesk_clerk, transferdesk_finance, transferdesk_manager,
    transferdesk_leader, transferdesk_auditor;
-- 管理员: everything; accounts only through the functions below.
GRANT INSERT, UPDATE, DELETE ON department, person, disclosure, disclosure_status_change, inventor, ip_asset,
    policy_setting, counterparty, company, deal, deal_result, deal_publicity, publicity_objection, deal_approval,
    instalment, receipt, deal_cost, deal_equity, diligence_item, attachment, attachment_content, operating_profit,
    distribution, distribution_receipt, distribution_deduction, distribution_line, distribution_unit_part,
    work_calendar_day, pilot_case, pilot_owner, pilot_step, pilot_objection, pilot_attachment, patent_fee_payment,
    due_done, person_episode, deal_obligation, report_year, joint_institution
    TO transferdesk_admin;
-- 经办: the ledger's records, not the office's settings (reward policy, work calendar, institutions) nor the annual
-- report's figures of the office itself.
GRANT INSERT, UPDATE, DELETE ON department, person, disclosure, disclosure_status_change, inventor, ip_asset,
    counterparty, company, deal, deal_result, deal_publicity, publicity_objection, deal_approval, instalment, receipt,
    deal_cost, deal_equity, diligence_item, attachment, attachment_content, operating_profit, distribution,
    distribution_receipt, distribution_deduction, distribution_line, distribution_unit_part, pilot_case, pilot_owner,
    pilot_step, pilot_objection, pilot_attachment, patent_fee_payment, due_done, person_episode, deal_obligation
    TO transferdesk_clerk;
-- 财务: the money out (distributions' payment and tax, fee payments), the money in (receipts), ID numbers.
-- A distribution's figures and people stay the clerk's: finance updates its status and its lines' payment in place.
GRANT INSERT, UPDATE, DELETE ON receipt, patent_fee_payment, due_done TO transferdesk_finance;
GRANT UPDATE ON person, deal, distribution, distribution_line TO transferdesk_finance;
-- 领导: approvals of deals and distributions (the triggers below keep it to that).
GRANT INSERT, UPDATE, DELETE ON deal_approval TO transferdesk_leader;
GRANT UPDATE ON deal, distribution, distribution_line TO transferdesk_leader;
-- 技术经理人: their own results, deals and pilot cases with everything that belongs to them (row-level security).
GRANT INSERT, UPDATE, DELETE ON disclosure, disclosure_status_change, inventor, ip_asset, deal, deal_result,
    deal_publicity, publicity_objection, instalment, receipt, deal_cost, deal_equity, diligence_item, attachment,
    attachment_content, pilot_case, pilot_owner, pilot_step, pilot_objection, pilot_attachment, deal_obligation
    TO transferdesk_manager;
-- 审计: nothing to write but the audit rows of its own sign-ins and exports (above; their writer is the database's to
-- say), not even the lock.

-- Row-level security: a technology manager sees and writes only what is assigned to them; everyone else every row.
-- The owner and superusers bypass it. (SELECT transferdesk_manager_only()) is evaluated once per statement.
ALTER TABLE disclosure ENABLE ROW LEVEL SECURITY;
ALTER TABLE deal ENABLE ROW LEVEL SECURITY;
ALTER TABLE pilot_case ENABLE ROW LEVEL SECURITY;
CREATE POLICY assigned ON disclosure
    USING (NOT (SELECT transferdesk_manager_only()) OR manager_login = session_user)
    WITH CHECK (NOT (SELECT transferdesk_manager_only()) OR manager_login = session_user);
-- The results their deals and pilot cases are about, to read (the deal's and the case's own lists show them).
CREATE POLICY linked ON disclosure FOR SELECT
    USING ((SELECT transferdesk_manager_only())
        AND (id IN (SELECT disclosure_id FROM deal_result) OR id IN (SELECT disclosure_id FROM pilot_case)));
CREATE POLICY assigned ON deal
    USING (NOT (SELECT transferdesk_manager_only()) OR manager_login = session_user)
    WITH CHECK (NOT (SELECT transferdesk_manager_only()) OR manager_login = session_user);
CREATE POLICY assigned ON pilot_case
    USING (NOT (SELECT transferdesk_manager_only()) OR manager_login = session_user)
    WITH CHECK (NOT (SELECT transferdesk_manager_only()) OR manager_login = session_user);
-- What belongs to a record follows it: read with the records the manager may read (the subquery on the parent is
-- itself filtered by the parent's policies), written only with their own.
DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('disclosure_status_change', 'disclosure_id', 'disclosure'), ('inventor', 'disclosure_id', 'disclosure'),
            ('ip_asset', 'disclosure_id', 'disclosure'),
            ('deal_result', 'deal_id', 'deal'), ('deal_publicity', 'deal_id', 'deal'),
            ('publicity_objection', 'deal_id', 'deal'), ('deal_approval', 'deal_id', 'deal'),
            ('instalment', 'deal_id', 'deal'), ('receipt', 'deal_id', 'deal'), ('deal_cost', 'deal_id', 'deal'),
            ('deal_equity', 'deal_id', 'deal'), ('diligence_item', 'deal_id', 'deal'),
            ('attachment', 'deal_id', 'deal'), ('deal_obligation', 'deal_id', 'deal'),
            ('operating_profit', 'deal_id', 'deal'),
            ('pilot_owner', 'case_id', 'pilot_case'), ('pilot_step', 'case_id', 'pilot_case'),
            ('pilot_objection', 'case_id', 'pilot_case'), ('pilot_attachment', 'case_id', 'pilot_case'))
            AS c(child, fk, parent) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.child);
        EXECUTE format('CREATE POLICY readable ON %I FOR SELECT USING (NOT (SELECT transferdesk_manager_only()) '
            'OR %I IN (SELECT id FROM %I))', t.child, t.fk, t.parent);
        EXECUTE format('CREATE POLICY assigned ON %I USING (NOT (SELECT transferdesk_manager_only()) OR %I IN '
            '(SELECT id FROM %I WHERE manager_login = session_user)) WITH CHECK (NOT (SELECT '
            'transferdesk_manager_only()) OR %I IN (SELECT id FROM %I WHERE manager_login = session_user))',
            t.child, t.fk, t.parent, t.fk, t.parent);
    END LOOP;
    -- Nothing of the money paid to people, the fee plan, people's episodes or the office's report for a manager.
    FOR t IN SELECT * FROM (VALUES ('distribution'), ('distribution_receipt'), ('distribution_deduction'),
            ('distribution_line'), ('distribution_unit_part'), ('patent_fee_payment'), ('person_episode'),
            ('report_year')) AS c(tab) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.tab);
        EXECUTE format('CREATE POLICY not_for_managers ON %I USING (NOT (SELECT transferdesk_manager_only()))', t.tab);
    END LOOP;
END
$$;
-- An attached document's content follows its attachment row (deal or pilot case), which the manager must see.
ALTER TABLE attachment_content ENABLE ROW LEVEL SECURITY;
CREATE POLICY assigned ON attachment_content
    USING (NOT (SELECT transferdesk_manager_only())
        OR stored_path IN (SELECT stored_path FROM attachment) OR stored_path IN (SELECT stored_path FROM pilot_attachment))
    WITH CHECK (TRUE);
-- A manager reads the audit rows they wrote.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON audit_log USING (NOT (SELECT transferdesk_manager_only()) OR actor = session_user)
    WITH CHECK (TRUE);

-- The steps a table grant cannot tell apart.
CREATE FUNCTION transferdesk_guard_approval() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF NOT transferdesk_has_role('leader') AND (TG_OP <> 'UPDATE' OR NEW IS DISTINCT FROM OLD) THEN
        PERFORM transferdesk_refuse('LEADER,ADMIN', 'deal_approval');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER deal_approval_guard BEFORE INSERT OR UPDATE OR DELETE ON deal_approval
    FOR EACH ROW EXECUTE FUNCTION transferdesk_guard_approval();

CREATE FUNCTION transferdesk_guard_distribution() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    clerk BOOLEAN := transferdesk_has_role('clerk');
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- a distribution is born a draft; only the history an import brings arrives approved or paid
        IF NEW.status = 'APPROVED' AND NOT transferdesk_has_role('leader') AND NOT (NEW.imported AND clerk) THEN
            PERFORM transferdesk_refuse('LEADER,ADMIN', 'distribution.status');
        END IF;
        IF NEW.status = 'PAID' AND NOT transferdesk_has_role('finance') AND NOT (NEW.imported AND clerk) THEN
            PERFORM transferdesk_refuse('FINANCE,ADMIN', 'distribution.status');
        END IF;
        IF NOT clerk THEN
            PERFORM transferdesk_refuse('CLERK,ADMIN', 'distribution');
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status OR NEW.approved_on IS DISTINCT FROM OLD.approved_on
            OR NEW.approved_by IS DISTINCT FROM OLD.approved_by THEN
        IF NEW.status = 'APPROVED' AND OLD.status <> 'PAID' AND NOT transferdesk_has_role('leader') THEN
            PERFORM transferdesk_refuse('LEADER,ADMIN', 'distribution.status');
        ELSIF (NEW.status = 'PAID' OR OLD.status = 'PAID') AND NOT transferdesk_has_role('finance') THEN
            PERFORM transferdesk_refuse('FINANCE,ADMIN', 'distribution.status');
        ELSIF OLD.status = 'APPROVED' AND NEW.status <> 'PAID' AND NOT transferdesk_has_role('leader') THEN
            -- taking an approval back (revoking an approved distribution) is the approver's
            PERFORM transferdesk_refuse('LEADER,ADMIN', 'distribution.status');
        ELSIF NEW.status NOT IN ('APPROVED', 'PAID') AND OLD.status NOT IN ('APPROVED', 'PAID') AND NOT clerk THEN
            PERFORM transferdesk_refuse('CLERK,ADMIN', 'distribution.status');
        END IF;
    END IF;
    -- The figures and the people are the clerk's; a leader approves, finance pays.
    IF NOT clerk AND (ROW(NEW.kind, NEW.deal_id, NEW.ip_asset_id,
            NEW.profit_year, NEW.basis_date, NEW.gross, NEW.deducted, NEW.net, NEW.rate, NEW.pool, NEW.university_part,
            NEW.publicity_from, NEW.publicity_to, NEW.revoked_on, NEW.revoke_reason, NEW.override_reason)
            IS DISTINCT FROM ROW(OLD.kind, OLD.deal_id, OLD.ip_asset_id, OLD.profit_year, OLD.basis_date, OLD.gross,
            OLD.deducted, OLD.net, OLD.rate, OLD.pool, OLD.university_part, OLD.publicity_from, OLD.publicity_to,
            OLD.revoked_on, OLD.revoke_reason, OLD.override_reason)) THEN
        PERFORM transferdesk_refuse('CLERK,ADMIN', 'distribution');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER distribution_guard BEFORE INSERT OR UPDATE ON distribution
    FOR EACH ROW EXECUTE FUNCTION transferdesk_guard_distribution();

-- A line's payment and the tax withheld are finance's; the line's share and amount the clerk's.
CREATE FUNCTION transferdesk_guard_distribution_line() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF (NEW.paid_on IS NOT NULL OR NEW.payroll_ref IS NOT NULL OR NEW.tax_withheld IS NOT NULL)
                AND NOT transferdesk_has_role('finance')
                AND NOT (transferdesk_has_role('clerk')
                         AND (SELECT imported FROM distribution WHERE id = NEW.distribution_id)) THEN
            PERFORM transferdesk_refuse('FINANCE,ADMIN', 'distribution_line.paid');
        END IF;
        IF NOT transferdesk_has_role('clerk') THEN
            PERFORM transferdesk_refuse('CLERK,ADMIN', 'distribution_line');
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF NOT transferdesk_has_role('clerk') THEN
            PERFORM transferdesk_refuse('CLERK,ADMIN', 'distribution_line');
        END IF;
        RETURN OLD;
    END IF;
    IF ROW(NEW.paid_on, NEW.payroll_ref, NEW.tax_withheld) IS DISTINCT FROM ROW(OLD.paid_on, OLD.payroll_ref,
            OLD.tax_withheld) AND NOT transferdesk_has_role('finance') THEN
        PERFORM transferdesk_refuse('FINANCE,ADMIN', 'distribution_line.paid');
    END IF;
    IF ROW(NEW.distribution_id, NEW.person_id, NEW.share, NEW.amount, NEW.equity_share, NEW.waived)
            IS DISTINCT FROM ROW(OLD.distribution_id, OLD.person_id, OLD.share, OLD.amount, OLD.equity_share,
            OLD.waived) AND NOT transferdesk_has_role('clerk') THEN
        PERFORM transferdesk_refuse('CLERK,ADMIN', 'distribution_line');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER distribution_line_guard BEFORE INSERT OR UPDATE OR DELETE ON distribution_line
    FOR EACH ROW EXECUTE FUNCTION transferdesk_guard_distribution_line();

-- 财务 and 领导 may update a deal only as far as their step needs: its version and status (a receipt or an
-- approval saved with it); the contract itself is the clerk's or its technology manager's.
CREATE FUNCTION transferdesk_guard_deal() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF NOT transferdesk_has_role('clerk') AND NOT transferdesk_has_role('manager')
            AND (to_jsonb(NEW) - ARRAY['version', 'updated_at', 'status']) IS DISTINCT FROM
                (to_jsonb(OLD) - ARRAY['version', 'updated_at', 'status']) THEN
        PERFORM transferdesk_refuse('CLERK,MANAGER,ADMIN', 'deal');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER deal_guard BEFORE UPDATE ON deal FOR EACH ROW EXECUTE FUNCTION transferdesk_guard_deal();

-- 财务 may set a person's ID type and number, nothing else of them.
CREATE FUNCTION transferdesk_guard_person() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF NOT transferdesk_has_role('clerk')
            AND (to_jsonb(NEW) - ARRAY['version', 'updated_at', 'id_type', 'id_number']) IS DISTINCT FROM
                (to_jsonb(OLD) - ARRAY['version', 'updated_at', 'id_type', 'id_number']) THEN
        PERFORM transferdesk_refuse('CLERK,ADMIN', 'person');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER person_guard BEFORE UPDATE ON person FOR EACH ROW EXECUTE FUNCTION transferdesk_guard_person();

-- Accounts. Only an administrator may call these; they run as the owner, which needs CREATEROLE (see above).
-- Login names are plain: lower-case letters, digits and underscores, starting with a letter (no quoting games).
CREATE FUNCTION transferdesk_check_admin() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    IF NOT transferdesk_is_admin() THEN
        PERFORM transferdesk_refuse('ADMIN', 'app_user');
    END IF;
END
$$;

CREATE FUNCTION transferdesk_group_of(user_role TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF user_role NOT IN ('ADMIN', 'CLERK', 'FINANCE', 'MANAGER', 'LEADER', 'AUDITOR') THEN
        RAISE EXCEPTION 'unknown TransferDesk role %', user_role USING ERRCODE = '22023';
    END IF;
    RETURN 'transferdesk_' || lower(user_role);
END
$$;

CREATE FUNCTION transferdesk_create_account(new_login TEXT, new_name TEXT, new_role TEXT, new_password TEXT)
        RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM transferdesk_check_admin();
    IF new_login !~ '^[a-z][a-z0-9_]{1,62}$' OR new_login LIKE 'transferdesk%' OR new_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'TD-LOGIN:% not a login name TransferDesk accepts', new_login USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM app_user WHERE login = new_login) THEN
        RAISE EXCEPTION 'TD-LOGIN-TAKEN:%', new_login USING ERRCODE = '23505';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = new_login) THEN
        -- a login IT made already (e.g. with a certificate or LDAP): taken over as it is, its password untouched
        IF new_password IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', new_login, new_password);
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', new_login, new_password);
    END IF;
    EXECUTE format('GRANT %I TO %I', transferdesk_group_of(new_role), new_login);
    INSERT INTO app_user (login, display_name, user_role) VALUES (new_login, btrim(new_name), new_role);
END
$$;

CREATE FUNCTION transferdesk_set_role(the_login TEXT, new_role TEXT) RETURNS VOID LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public AS $$
DECLARE
    g TEXT;
BEGIN
    PERFORM transferdesk_check_admin();
    PERFORM transferdesk_group_of(new_role);
    FOREACH g IN ARRAY ARRAY['ADMIN', 'CLERK', 'FINANCE', 'MANAGER', 'LEADER', 'AUDITOR'] LOOP
        IF pg_has_role(the_login, transferdesk_group_of(g), 'MEMBER') AND g <> new_role THEN
            EXECUTE format('REVOKE %I FROM %I', transferdesk_group_of(g), the_login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', transferdesk_group_of(new_role), the_login);
    UPDATE app_user SET user_role = new_role, version = version + 1, updated_at = LOCALTIMESTAMP
        WHERE login = the_login;
END
$$;

CREATE FUNCTION transferdesk_set_name(the_login TEXT, new_name TEXT) RETURNS VOID LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM transferdesk_check_admin();
    UPDATE app_user SET display_name = btrim(new_name), version = version + 1, updated_at = LOCALTIMESTAMP
        WHERE login = the_login;
END
$$;

CREATE FUNCTION transferdesk_reset_password(the_login TEXT, new_password TEXT) RETURNS VOID LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM transferdesk_check_admin();
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE login = the_login) THEN
        RAISE EXCEPTION 'TD-NO-ACCOUNT:%', the_login USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', the_login, new_password);
END
$$;

-- Deactivated, never deleted: the login can no longer connect, the audit keeps the name.
CREATE FUNCTION transferdesk_set_active(the_login TEXT, is_active BOOLEAN) RETURNS VOID LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM transferdesk_check_admin();
    IF the_login = session_user AND NOT is_active THEN
        RAISE EXCEPTION 'TD-SELF:% cannot deactivate the account in use', the_login USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE login = the_login) THEN
        RAISE EXCEPTION 'TD-NO-ACCOUNT:%', the_login USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', the_login, CASE WHEN is_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE app_user SET active = is_active, version = version + 1, updated_at = LOCALTIMESTAMP
        WHERE login = the_login;
END
$$;

REVOKE EXECUTE ON FUNCTION transferdesk_create_account(TEXT, TEXT, TEXT, TEXT), transferdesk_set_role(TEXT, TEXT),
    transferdesk_set_name(TEXT, TEXT), transferdesk_reset_password(TEXT, TEXT), transferdesk_set_active(TEXT, BOOLEAN)
    FROM PUBLIC, transferdesk_clerk, transferdesk_finance, transferdesk_manager, transferdesk_leader,
    transferdesk_auditor;
GRANT EXECUTE ON FUNCTION transferdesk_create_account(TEXT, TEXT, TEXT, TEXT), transferdesk_set_role(TEXT, TEXT),
    transferdesk_set_name(TEXT, TEXT), transferdesk_reset_password(TEXT, TEXT), transferdesk_set_active(TEXT, BOOLEAN)
    TO transferdesk_admin;

-- Colleagues' screens hear of account changes too (V17's notifications, for the table V21 added).
CREATE TRIGGER app_user_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON app_user
    FOR EACH STATEMENT EXECUTE FUNCTION transferdesk_notify_change();

-- Who wrote an audit row is the database's to say: the connected login, whatever the client sent. Only the owner
-- (IT's login, e.g. copying an office's earlier ledger in with its history) writes rows in others' names. Nor may a
-- client pass its row off as the database's own (origin 'DB', V24): those are written by a function that runs as
-- the owner.
CREATE FUNCTION transferdesk_audit_actor() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    owner OID := (SELECT relowner FROM pg_class WHERE oid = 'public.audit_log'::regclass);
BEGIN
    IF NOT pg_has_role(session_user, owner, 'MEMBER') THEN
        NEW.actor := session_user;
        IF NOT pg_has_role(current_user, owner, 'MEMBER') THEN
            NEW.origin := 'APP';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION transferdesk_audit_actor();
