-- The annual report (R-REPORT-PARTS): per year the narrative parts (1) and (6), which the office writes,
-- and the technology-transfer office's staff that year; the tax withheld on a reward line where recorded;
-- the counting conventions (R-REPORT-COUNT, R-REPORT-LARGE) as dated settings with the documented defaults.

CREATE TABLE report_year (
    report_year         INTEGER       NOT NULL PRIMARY KEY,
    office_staff        INTEGER,
    technology_managers INTEGER,
    work_done           VARCHAR(8000),
    experience          VARCHAR(8000),
    problems            VARCHAR(8000),
    policy              VARCHAR(8000),
    cases               VARCHAR(8000),
    version             INTEGER       NOT NULL DEFAULT 0,
    updated_at          TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_by          VARCHAR(100),
    CONSTRAINT ck_report_year_staff CHECK (office_staff IS NULL OR office_staff >= 0),
    CONSTRAINT ck_report_year_managers CHECK (technology_managers IS NULL OR technology_managers >= 0)
);

ALTER TABLE distribution_line ADD COLUMN tax_withheld NUMERIC(18, 2);

CREATE INDEX ix_deal_registered_on ON deal (registered_on);
CREATE INDEX ix_distribution_line_paid_on ON distribution_line (paid_on);

INSERT INTO policy_setting (setting_key, effective_from, setting_value) VALUES
    ('report.count.contractYear', DATE '2000-01-01', 'SIGNED'),
    ('report.count.refunds', DATE '2000-01-01', 'SUBTRACT'),
    ('report.count.equityReceived', DATE '2000-01-01', 'ZERO'),
    ('report.count.terminated', DATE '2000-01-01', 'INCLUDE'),
    ('report.count.cashRewardYear', DATE '2000-01-01', 'PAID'),
    ('report.count.pilotYear', DATE '2000-01-01', 'EFFECT'),
    ('report.large.thresholds', DATE '2000-01-01', '1000000.00;10000000.00;100000000.00');
