-- Issue 22: the numbers in use, whoever may read the records. A technology manager sees only the records assigned to
-- them (row-level security on PostgreSQL, V22), yet the next result or case number suggested to them and the form's
-- "number taken" check must count everyone's: this view shows the numbers alone (no title, no person), and runs with
-- its owner's rights, which row-level security does not narrow.
CREATE VIEW taken_number AS
    SELECT 'disclosure' AS kind, id AS record_id, result_no AS number FROM disclosure
    UNION ALL SELECT 'deal', id, contract_no FROM deal
    UNION ALL SELECT 'pilot_case', id, case_no FROM pilot_case;
