-- Two enum columns were narrower than their longest constant, so saving failed with "value too long":
-- Recommendation.PROTECT_AND_PROMOTE (19 characters) and IpStatus.UNDER_EXAMINATION (17).
-- Version 1.1 rather than 2 so it cannot collide with a V2 written on another branch.
ALTER TABLE disclosure ALTER COLUMN eval_recommendation SET DATA TYPE VARCHAR(32);
ALTER TABLE ip_asset ALTER COLUMN status SET DATA TYPE VARCHAR(32);
