-- Issue 20: indexes for the lookups the ledger import and the lists make that no index served.
--
-- The import matches people without a staff number by name (PersonRepository.findByNames), a chunk of names at a
-- time: without an index each chunk scanned the whole person table.
CREATE INDEX ix_person_name ON person (name);

-- The counterparty lookup is served by the unique keys on name_key and credit_code once it asks them one at a time
-- (CounterpartyRepository.findDuplicate). Columns that reference another table are not indexed again here: H2
-- indexes every referencing column itself, and a second index on the same column would double those writes and
-- their pages in the file (issue 20 measured the file at 8-12x its data). PostgreSQL does not, so its port will
-- need indexes on instalment, deal_approval and publicity_objection (deal_id), distribution (ip_asset_id),
-- distribution_deduction (cost_id), deal_equity (company_id), receipt (instalment_id), pilot_objection (case_id),
-- pilot_owner (person_id) and pilot_case (representative_id).
