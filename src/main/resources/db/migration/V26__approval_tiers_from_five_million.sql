-- R-APPROVAL: from 500万 the president's office meeting decides (rules/deals.md; OfficeSettings' and ApprovalTiers'
-- default say so). V2 seeded the 500万 bound as the vice-president's inclusive upper bound, so a deal of exactly
-- ¥5,000,000.00 was offered the lower tier. The seed row is corrected only where the office never changed it:
-- tiers an office set itself (another value, or another date of effect) stay exactly as they are.
UPDATE policy_setting
   SET setting_value = '2000000.00:SCIENCE_OFFICE;4999999.99:VICE_PRESIDENT;:PRESIDENT_MEETING'
 WHERE setting_key = 'approval.tiers'
   AND effective_from = DATE '2000-01-01'
   AND setting_value = '2000000.00:SCIENCE_OFFICE;5000000.00:VICE_PRESIDENT;:PRESIDENT_MEETING';
