-- R-45-TECH: rewards on technical development, consulting and service contracts are a distribution kind
-- of their own (TECH_CONTRACT: the university's own rate, R-KEY by policy, never 58号).
-- R-UNIT-SPLIT: the university's part of a distribution split among 学校, the result's 学院 and the
-- technology-transfer office, stored with the distribution so a later policy does not rewrite it.

ALTER TABLE distribution DROP CONSTRAINT ck_distribution_kind;
ALTER TABLE distribution ADD CONSTRAINT ck_distribution_kind
    CHECK (kind IN ('CASH', 'EQUITY', 'SELF_IMPLEMENTATION', 'PATENT_BONUS', 'OWNERSHIP_INCOME', 'TECH_CONTRACT'));

-- One row per unit line; share is the fraction of net income the line stands for (学校's includes the rest
-- neither the team nor the other units get); the amounts add up to distribution.university_part.
CREATE TABLE distribution_unit_part (
    distribution_id BIGINT          NOT NULL REFERENCES distribution (id) ON DELETE CASCADE,
    position        INTEGER         NOT NULL,
    unit            VARCHAR(16)     NOT NULL,
    unit_name       VARCHAR(200),
    share           NUMERIC(14, 10) NOT NULL,
    amount          NUMERIC(18, 2)  NOT NULL,
    PRIMARY KEY (distribution_id, position),
    CONSTRAINT ck_unit_part_unit CHECK (unit IN ('UNIVERSITY', 'SCHOOL', 'TRANSFER_OFFICE')),
    CONSTRAINT ck_unit_part_amount CHECK (amount >= 0)
);

-- Reward policies recorded before this version get the new settings' defaults written out, so every stored
-- version reads the same in any TransferDesk: the technical-contract rate follows that version's
-- transfer/licence rate, R-KEY applies to technical contracts, and nothing is split off the university part.
UPDATE policy_setting
SET setting_value = setting_value || ';techContract='
        || SUBSTRING(setting_value FROM POSITION('transferLicense=' IN setting_value) + 16
                     FOR POSITION(';equity=' IN setting_value) - POSITION('transferLicense=' IN setting_value) - 16)
        || ';techKey=true;unitUniversity=0;unitSchool=0;unitOffice=0'
WHERE setting_key = 'reward.policy'
  AND POSITION('techContract=' IN setting_value) = 0
  AND POSITION('transferLicense=' IN setting_value) > 0
  AND POSITION(';equity=' IN setting_value) > POSITION('transferLicense=' IN setting_value);
