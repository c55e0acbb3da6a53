-- Issue 21: PostgreSQL does not index a referencing column by itself, as H2 does (V14's note). Without these, a
-- lookup of a deal's instalments or approvals, or a delete of a referenced row, reads the whole child table. The
-- columns are those whose foreign key no index leads with (pg_constraint against pg_index on a migrated database).
CREATE INDEX ix_deal_approval_deal ON deal_approval (deal_id);
CREATE INDEX ix_deal_equity_company ON deal_equity (company_id);
CREATE INDEX ix_distribution_ip_asset ON distribution (ip_asset_id);
CREATE INDEX ix_distribution_deduction_cost ON distribution_deduction (cost_id);
CREATE INDEX ix_instalment_deal ON instalment (deal_id);
CREATE INDEX ix_pilot_case_representative ON pilot_case (representative_id);
CREATE INDEX ix_pilot_objection_case ON pilot_objection (case_id);
CREATE INDEX ix_pilot_owner_person ON pilot_owner (person_id);
CREATE INDEX ix_publicity_objection_deal ON publicity_objection (deal_id);
CREATE INDEX ix_receipt_instalment ON receipt (instalment_id);
