-- R-PAT-FEE (财税〔2018〕37号): for fees due from 2018-08-01 the 费减 covers the fee years within 10 years from
-- the grant year, not 6. V6 stored the 6-year text from 2000-01-01 in every database, and a stored value wins
-- over the app's statutory default, so without this row the law's second version would never apply.
--
-- Only where the value in force on 2018-08-01 is exactly V6's text: an office that recorded a reduction of its
-- own (another rate, not eligible, another period) keeps it, and any value it dated after 2018-08-01 still
-- wins from its date.
INSERT INTO policy_setting (setting_key, effective_from, setting_value)
SELECT 'patent.fee.reduction', DATE '2018-08-01', 'SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:true'
FROM policy_setting p
WHERE p.setting_key = 'patent.fee.reduction'
  AND p.setting_value = 'SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true'
  AND p.effective_from < DATE '2018-08-01'
  AND p.effective_from = (SELECT MAX(q.effective_from) FROM policy_setting q
                          WHERE q.setting_key = 'patent.fee.reduction' AND q.effective_from <= DATE '2018-08-01');

-- V6's exact text dated after 2018-08-01 was not chosen by the office: the rules dialog saves every rule of its
-- group from one date, so changing, say, the reminder days re-stored the 6-year text shown as in force. Six
-- years is not a period a university may pick for fees due from 2018-08-01 (the reduction is CNIPA's, by law),
-- so those rows get the law's 10 years. Anything else the office typed is left as it is.
UPDATE policy_setting SET setting_value = 'SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:true'
WHERE setting_key = 'patent.fee.reduction'
  AND setting_value = 'SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true'
  AND effective_from >= DATE '2018-08-01';
