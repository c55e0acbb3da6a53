-- Issue 18 (R-TAX58, R-TAX58-FILING): the 备案表 names each person's ID type and the 公示结果文件 by number and
-- name, and an imported payment names the receipt(s) it comes from.

-- R-TAX58-FILING: the ID type comes from the person; every person recorded so far holds a 居民身份证 number.
-- Other documents (passports, permits) have numbers that are not 18 characters.
ALTER TABLE person ADD COLUMN id_type VARCHAR(32) DEFAULT 'RESIDENT_ID' NOT NULL;
ALTER TABLE person ADD CONSTRAINT ck_person_id_type CHECK (id_type IN ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT',
    'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT', 'OTHER'));
ALTER TABLE person ALTER COLUMN id_number SET DATA TYPE VARCHAR(32);

-- 公示结果文件名称 next to its number; "publicised per ledger" is what an import knows when the ledger only says 是.
ALTER TABLE distribution ADD COLUMN publicity_doc_name VARCHAR(200);
ALTER TABLE distribution ADD COLUMN publicised_per_ledger BOOLEAN DEFAULT FALSE NOT NULL;

-- Imports before V8 wrote a made-up document number for "publicised" (in the language of the day): keep the
-- fact, drop the invented reference, so the 备案表 shows a blank cell rather than text nobody issued.
UPDATE distribution SET publicised_per_ledger = TRUE, publicity_doc_no = NULL
WHERE imported = TRUE AND publicity_doc_no IN ('台账导入：已公示', 'Imported from ledger: publicised');

-- R-TAX58: an imported cash payment comes by default from the deal's latest receipt on or before the payment
-- (its basis date); imports before V8 linked none, so the 36 months ran from the payment itself.
INSERT INTO distribution_receipt (distribution_id, receipt_id)
SELECT d.id, r.id FROM distribution d JOIN receipt r ON r.deal_id = d.deal_id
WHERE d.imported = TRUE AND d.kind = 'CASH' AND r.amount > 0
  AND NOT EXISTS (SELECT 1 FROM distribution_receipt x WHERE x.distribution_id = d.id)
  AND r.received_on = (SELECT MAX(r2.received_on) FROM receipt r2
                       WHERE r2.deal_id = d.deal_id AND r2.amount > 0 AND r2.received_on <= d.basis_date);
