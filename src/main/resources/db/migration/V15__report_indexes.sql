-- Issue 20, the annual report: two receipt indexes widened so that the report's receipt reads find their rows by
-- more than the leading column. Each replaces an index on that leading column, so the file and every receipt the
-- import writes carry as many receipt indexes as before (V14's reasoning), only wider.
--
-- Each contract's receipts before the report's first year are summed by a correlated subquery on deal_id
-- (ReportRepository.contracts): on deal_id alone H2 probed every receipt of the contract to test its date; on
-- (deal_id, received_on) only those before the year (EXPLAIN ANALYZE). The foreign key on receipt.deal_id keeps
-- its own index (H2 made one with the table), so ix_receipt_deal was a second index on the same column.
DROP INDEX ix_receipt_deal;
CREATE INDEX ix_receipt_deal_day ON receipt (deal_id, received_on, amount);

-- The year's receipts and the contracts that had money in the year (ReportRepository.receipts and the years'
-- contract ids) are read by date; the contract and the amount ride along for a plan that reads the index alone.
DROP INDEX ix_receipt_received_on;
CREATE INDEX ix_receipt_day_deal ON receipt (received_on, deal_id, amount);

-- The report's reward lines count by the line's payment day or its distribution's approval day
-- (ReportRepository.rewardLines): read as two statements joined by UNION, each on its date index; approval had none.
CREATE INDEX ix_distribution_approved_on ON distribution (approved_on);
