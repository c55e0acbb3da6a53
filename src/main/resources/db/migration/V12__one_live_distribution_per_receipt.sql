-- Issue 19: a receipt belongs to at most one live distribution, and the database says so, not only the service
-- (two `distribute` runs at once each saw the receipt free and both saved a draft of it).
--
-- Why a flag on the link and not receipt.distribution_id: a revoked distribution keeps its receipts (the record
-- of what was proposed), and imported historical payments name the receipt(s) their 58号 36 months run from
-- (R-TAX58) — two payments of one receipt made on different days both name it (V8 links them so). So the link
-- table stays the one place, and `live` marks the links that hold their receipt: TRUE for a distribution of the
-- app that is not REVOKED, NULL otherwise. UNIQUE (receipt_id, live) then admits one TRUE per receipt and any
-- number of NULLs (NULLs never collide in H2 or PostgreSQL). The repository writes the flag with every save,
-- so a revoke frees the receipt. An imported payment does not hold its receipt here; the service still refuses
-- to propose a receipt one names.
ALTER TABLE distribution_receipt ADD COLUMN live BOOLEAN;
ALTER TABLE distribution_receipt ADD CONSTRAINT ck_distribution_receipt_live CHECK (live IS NULL OR live = TRUE);

-- Older databases may hold a receipt in two live distributions (the race above). Nothing is deleted: the first
-- saved (lowest id) keeps the receipt, a later one keeps its link and figures but no longer holds it, and its
-- history says which receipt it shared with which distribution, so the office can revoke the duplicate.
INSERT INTO audit_log (occurred_at, actor, entity, entity_id, action, changes)
SELECT CURRENT_TIMESTAMP, 'V12', 'distribution', dr.distribution_id, 'UPDATE',
       '[{"field":"sharedReceipt","before":"' || CAST(r.received_on AS VARCHAR(10)) || ' '
           || CAST(r.amount AS VARCHAR(24)) || '","after":"#' || CAST(
           (SELECT MIN(o.distribution_id) FROM distribution_receipt o JOIN distribution od ON od.id = o.distribution_id
            WHERE o.receipt_id = dr.receipt_id AND od.status <> 'REVOKED' AND od.imported = FALSE) AS VARCHAR(20))
           || '"}]'
FROM distribution_receipt dr
JOIN distribution d ON d.id = dr.distribution_id
JOIN receipt r ON r.id = dr.receipt_id
WHERE d.status <> 'REVOKED' AND d.imported = FALSE
  AND EXISTS (SELECT 1 FROM distribution_receipt o JOIN distribution od ON od.id = o.distribution_id
              WHERE o.receipt_id = dr.receipt_id AND od.status <> 'REVOKED' AND od.imported = FALSE
                AND o.distribution_id < dr.distribution_id);

UPDATE distribution_receipt SET live = TRUE
WHERE EXISTS (SELECT 1 FROM distribution d WHERE d.id = distribution_receipt.distribution_id
              AND d.status <> 'REVOKED' AND d.imported = FALSE)
  AND NOT EXISTS (SELECT 1 FROM distribution_receipt o JOIN distribution od ON od.id = o.distribution_id
                  WHERE o.receipt_id = distribution_receipt.receipt_id AND od.status <> 'REVOKED' AND od.imported = FALSE
                    AND o.distribution_id < distribution_receipt.distribution_id);

ALTER TABLE distribution_receipt ADD CONSTRAINT uq_distribution_receipt_live UNIQUE (receipt_id, live);
