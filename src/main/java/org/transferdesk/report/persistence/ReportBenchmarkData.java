package org.transferdesk.report.persistence;

import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.RECEIPT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.transferdesk.deal.DealMode;
import org.transferdesk.report.ReportModes;
import org.transferdesk.report.Tally;

/**
 * For the report benchmark: fills an empty database with contracts and receipts spread over ten years
 * (2016–2025, all eight modes, some registered, some refunds), and the hand-written SQL aggregate the report is
 * measured against.
 */
public final class ReportBenchmarkData {
    private final DSLContext dsl;

    public ReportBenchmarkData(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Set-based inserts (a series of numbers): a benchmark database of this size is made in seconds. */
    public void generate(int contracts, int receipts) {
        // In chunks: one transaction of 100,000s of rows bloats the MVStore file tenfold.
        for (int from = 1; from <= contracts; from += CHUNK) {
            insertDeals(from, Math.min(contracts, from + CHUNK - 1));
        }
        long first = dsl.fetchOne("SELECT MIN(id) FROM deal").get(0, Long.class);
        for (int from = 1; from <= receipts; from += CHUNK) {
            insertReceipts(from, Math.min(receipts, from + CHUNK - 1), first, contracts);
        }
        // Statistics for the planner, as an office database has after ordinary use.
        dsl.execute("ANALYZE");
    }

    private static final int CHUNK = 20_000;

    private void insertDeals(int from, int to) {
        // jOOQ renders the series and the date arithmetic for the database at hand (H2's SYSTEM_RANGE and DATEADD,
        // PostgreSQL's generate_series and date + integer), so the same generator fills both (issue 21)
        Field<Integer> x = DSL.field(DSL.name("s", "x"), Integer.class);
        Field<Integer> day = x.mul(37).mod(3652);
        Condition third = x.mod(3).eq(0);
        dsl.insertInto(DEAL, DEAL.CONTRACT_NO, DEAL.MODE, DEAL.LICENSE_KIND, DEAL.TITLE, DEAL.SIGNED_ON,
                        DEAL.REGISTERED_ON, DEAL.REGISTRATION_NO, DEAL.CONTRACT_AMOUNT, DEAL.STATUS)
                .select(DSL.select(
                        DSL.inline("BM-").concat(x),
                        DSL.field("""
                                CASE MOD({0}, 8) WHEN 0 THEN 'TRANSFER' WHEN 1 THEN 'LICENSE' WHEN 2 THEN 'EQUITY'
                                     WHEN 3 THEN 'DEVELOPMENT' WHEN 4 THEN 'CONSULTING' WHEN 5 THEN 'SERVICE'
                                     WHEN 6 THEN 'DEVELOPMENT' ELSE 'SELF' END""", String.class, x),
                        DSL.when(x.mod(8).eq(1), DSL.inline("ORDINARY")),
                        DSL.inline("Benchmark contract ").concat(x),
                        DSL.localDateAdd(START, day, DatePart.DAY),
                        DSL.when(third, DSL.localDateAdd(START, day.plus(20), DatePart.DAY)),
                        DSL.when(third, DSL.inline("REG-").concat(x)),
                        DSL.field("CAST(10000 + MOD({0} * 7919, 5000000) AS NUMERIC(18, 2)) + 0.37",
                                BigDecimal.class, x),
                        DSL.when(x.mod(50).eq(0), DSL.inline("TERMINATED")).when(x.mod(5).eq(0),
                                DSL.inline("COMPLETED")).otherwise(DSL.inline("PERFORMING")))
                        .from(DSL.generateSeries(from, to).as("s", "x")))
                .execute();
    }

    private static final Field<LocalDate> START = DSL.inline(LocalDate.of(2016, 1, 1));

    private void insertReceipts(int from, int to, long first, int contracts) {
        Field<Integer> x = DSL.field(DSL.name("s", "x"), Integer.class);
        org.transferdesk.db.jooq.tables.Deal d = DEAL.as("d");
        dsl.insertInto(RECEIPT, RECEIPT.DEAL_ID, RECEIPT.RECEIVED_ON, RECEIPT.AMOUNT)
                .select(DSL.select(d.ID, DSL.localDateAdd(d.SIGNED_ON, x.mul(13).mod(500), DatePart.DAY),
                                DSL.when(x.mod(97).eq(0), DSL.inline(new BigDecimal("-100.00")))
                                        .otherwise(DSL.round(d.CONTRACT_AMOUNT.div(3), 2)))
                        .from(DSL.generateSeries(from, to).as("s", "x"))
                        .join(d).on(d.ID.eq(DSL.val(first).plus(x.mul(7).mod(contracts)))))
                .execute();
    }

    /**
     * The six modes' 项数, 合同金额 and 当年到账 for a year in one hand-written SQL statement (the default
     * conventions; classified results and data checks are not its business).
     */
    public Map<DealMode, Tally> sqlAggregate(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<DealMode, Tally> modes = new EnumMap<>(DealMode.class);
        ReportModes.SIX.forEach(m -> modes.put(m, Tally.ZERO));
        dsl.fetch("""
                SELECT mode, SUM(n), SUM(amount), SUM(received) FROM (
                    SELECT mode, 1 AS n, contract_amount AS amount, 0 AS received FROM deal
                    WHERE signed_on BETWEEN ? AND ? AND status IN ('SIGNED', 'PERFORMING', 'COMPLETED', 'TERMINATED')
                    UNION ALL
                    SELECT d.mode, 0, 0, r.amount FROM receipt r JOIN deal d ON d.id = r.deal_id
                    WHERE r.received_on BETWEEN ? AND ? AND d.mode <> 'EQUITY'
                ) t WHERE mode IN ('TRANSFER', 'LICENSE', 'EQUITY', 'DEVELOPMENT', 'CONSULTING', 'SERVICE')
                GROUP BY mode""", from, to, from, to)
                .forEach(r -> modes.put(DealMode.valueOf(r.get(0, String.class)), new Tally(r.get(1, Integer.class),
                        r.get(2, BigDecimal.class).setScale(2), r.get(3, BigDecimal.class).setScale(2))));
        return modes;
    }

    /**
     * The same figures as {@link #sqlAggregate} by the fastest plain SQL found (issue 20): two grouped queries, one
     * over the year's contracts and one over its receipts joined to their contracts. The UNION ALL above makes H2 build
     * and group a derived table; these two use the date indexes and group directly, which makes them several times
     * faster, so the report is measured against them.
     */
    public Map<DealMode, Tally> bestSql(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<DealMode, Integer> counts = new EnumMap<>(DealMode.class);
        Map<DealMode, BigDecimal> amounts = new EnumMap<>(DealMode.class);
        Map<DealMode, BigDecimal> received = new EnumMap<>(DealMode.class);
        dsl.fetch("""
                SELECT mode, COUNT(*), SUM(contract_amount) FROM deal
                WHERE signed_on BETWEEN ? AND ? AND status IN ('SIGNED', 'PERFORMING', 'COMPLETED', 'TERMINATED')
                  AND mode IN ('TRANSFER', 'LICENSE', 'EQUITY', 'DEVELOPMENT', 'CONSULTING', 'SERVICE')
                GROUP BY mode""", from, to).forEach(r -> {
            DealMode m = DealMode.valueOf(r.get(0, String.class));
            counts.put(m, r.get(1, Integer.class));
            amounts.put(m, r.get(2, BigDecimal.class));
        });
        dsl.fetch("""
                SELECT d.mode, SUM(r.amount) FROM receipt r JOIN deal d ON d.id = r.deal_id
                WHERE r.received_on BETWEEN ? AND ?
                  AND d.mode IN ('TRANSFER', 'LICENSE', 'DEVELOPMENT', 'CONSULTING', 'SERVICE')
                GROUP BY d.mode""", from, to)
                .forEach(r -> received.put(DealMode.valueOf(r.get(0, String.class)), r.get(1, BigDecimal.class)));
        Map<DealMode, Tally> modes = new EnumMap<>(DealMode.class);
        for (DealMode m : ReportModes.SIX) {
            modes.put(m, new Tally(counts.getOrDefault(m, 0), yuan(amounts.get(m)), yuan(received.get(m))));
        }
        return modes;
    }

    /**
     * Part (3)'s figures as {@link ReportModeSums} reads them (the grouped path not yet wired into the report), for
     * the benchmark to check to the fen and time beside the report and the best plain SQL.
     */
    public ReportModeSums.Sums modeSums(int year, org.transferdesk.report.ReportConventions conventions) {
        return new ReportModeSums(dsl).sums(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), conventions);
    }

    private static BigDecimal yuan(BigDecimal sum) {
        return (sum == null ? BigDecimal.ZERO : sum).setScale(2);
    }
}
