package org.transferdesk.deal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.StatementCounter;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.Database;
import org.transferdesk.db.jooq.DefaultSchema;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.Objection;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Publicity;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20: the save's rehearsal (run once in the background so the JVM's first save does not pay the save path's
 * first use) runs the save's own update and delete statements, writes nothing and locks no row.
 */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class DealSaveRehearsalTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
    private DSLContext dsl;

    @BeforeEach
    void setUp(Database db) {
        dsl = db.dsl();
    }

    /** A deal with a part of every kind, so each of the save's statements has something to work on. */
    private Deal saved() {
        Disclosure d = new DisclosureRepository(dsl).save(DisclosureBuilder.disclosure()
                .status(Disclosure.blank(LocalDate.of(2023, 3, 1)).status()).resultNo("R-2023-0001").title("成果")
                .disclosedOn(LocalDate.of(2023, 3, 1)).resultType(ResultType.values()[0]).build(), "test", NOW);
        Counterparty licensee = CounterpartyRepository.save(dsl, new Counterparty(null, "某某新能源有限公司", null, null,
                null, null, null, null, null, 0), "test", NOW);
        return new DealRepository(dsl).save(DealBuilder.deal().mode(DealMode.LICENSE).contractNo("JS-2024-001")
                .licenseKind(LicenseKind.EXCLUSIVE).title("许可").results(List.of(new ResultRef(d.id(), "R-2023-0001", null)))
                .counterpartyId(licensee.id()).counterpartyName(licensee.name()).signedOn(LocalDate.of(2024, 6, 1))
                .contractAmount(new BigDecimal("3000000.00")).pricing(PricingMethod.NEGOTIATED)
                .publicity(new Publicity(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 16), "学校官网", "成果名称、拟交易价格",
                        List.of(new Objection(null, LocalDate.of(2024, 5, 3), "某教师", "价格偏低", "已说明",
                                LocalDate.of(2024, 5, 5)))))
                .approvals(List.of(new Approval(null, ApprovalTier.VICE_PRESIDENT, "李副校长", LocalDate.of(2024, 5, 20),
                        "XZ-2024-05", false)))
                .status(DealStatus.SIGNED)
                .instalments(List.of(new Instalment(null, LocalDate.of(2024, 7, 1), new BigDecimal("500000.00"), null)))
                .receipts(List.of(new Receipt(null, LocalDate.of(2024, 6, 20), new BigDecimal("100000.00"), "PZ-1", null),
                        new Receipt(null, LocalDate.of(2024, 9, 1), new BigDecimal("200000.00"), "PZ-2", null)))
                .costs(List.of(new Cost(null, LocalDate.of(2024, 5, 1), CostCategory.VALUATION, new BigDecimal("30000.00"),
                        "评估")))
                .build(), "test", NOW);
    }

    /** Every row of every table, as text in a fixed order. */
    private Map<String, List<String>> everything() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            // plain SQL: the rendered column list does not quote H2's keywords (work_calendar_day.day)
            rows.put(t.getName(), dsl.resultQuery("select * from " + t.getName()).fetch().formatCSV().lines().sorted()
                    .toList());
        }
        return rows;
    }

    @Test
    void rehearsal_writesNothing() {
        saved();
        Map<String, List<String>> before = everything();

        new DealRepository(dsl).rehearseSave(NOW.plusDays(1));

        assertThat(everything()).isEqualTo(before);
        assertThat(before.get("deal")).anyMatch(row -> row.contains("JS-2024-001"));
        // a header and the two receipts
        assertThat(before.get("receipt")).hasSize(3);
    }

    @Test
    void rehearsal_onAnEmptyDatabase_writesNothingEither() {
        Map<String, List<String>> before = everything();

        new DealRepository(dsl).rehearseSave(NOW);

        assertThat(everything()).isEqualTo(before);
    }

    /**
     * The rehearsal warms every update and delete a save of the deal may run, less the inserts and the audit row; a
     * save of the deal unchanged runs only the deal's own update (issue 22: a save writes what changed).
     */
    @Test
    void rehearsal_runsTheSavesUpdatesAndDeletes_andNoInsert() {
        Deal deal = saved();
        StatementCounter rehearsal = new StatementCounter();
        StatementCounter save = new StatementCounter();

        new DealRepository(rehearsal.on(dsl)).rehearseSave(NOW);
        new DealRepository(save.on(dsl)).save(deal, "test", NOW);

        assertThat(writes(rehearsal, "insert")).isEmpty();
        assertThat(writes(rehearsal, "update")).containsAll(writes(save, "update"))
                .anyMatch(s -> s.startsWith("update deal set")).anyMatch(s -> s.startsWith("update receipt set"));
        assertThat(writes(rehearsal, "delete")).containsAll(writes(save, "delete")).hasSize(8);
        assertThat(writes(save, "update")).singleElement().asString().startsWith("update deal set");
        assertThat(writes(save, "delete")).isEmpty();
        // the save reads the deal before and after; the rehearsal as the save does, once
        assertThat(reads(rehearsal)).containsAll(reads(save));
        // an unchanged deal inserts nothing again, and writes no audit row
        assertThat(writes(save, "insert")).isEmpty();
        // each receipt, instalment, cost, approval and objection is updated by id, here on a deal id no row has
        assertThat(rehearsal.sql().stream().filter(s -> lower(s).startsWith("update")).count()).isEqualTo(7);
    }

    /**
     * Another transaction holds the deal's row and its receipts' rows: the rehearsal goes through (a statement that met
     * one of those locks would wait for it, then fail), and the other writer's change stands.
     */
    @Test
    void rehearsal_locksNoRow_soItNeverWaitsForAnotherWriter() throws Exception {
        Deal deal = saved();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = new Thread(() -> dsl.transaction(c -> {
            c.dsl().update(org.transferdesk.db.jooq.Tables.DEAL).set(org.transferdesk.db.jooq.Tables.DEAL.TITLE, "改")
                    .where(org.transferdesk.db.jooq.Tables.DEAL.ID.eq(deal.id())).execute();
            c.dsl().update(org.transferdesk.db.jooq.Tables.RECEIPT).set(org.transferdesk.db.jooq.Tables.RECEIPT.VOUCHER_NO, "改")
                    .where(org.transferdesk.db.jooq.Tables.RECEIPT.DEAL_ID.eq(deal.id())).execute();
            holding.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
        }));
        writer.start();
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            new DealRepository(dsl).rehearseSave(NOW);
        } finally {
            release.countDown();
            writer.join();
        }
        // a save of the same deal would have met the lock: the rehearsal's statements matched no row
        assertThat(new DealRepository(dsl).findById(deal.id()).orElseThrow().title()).isEqualTo("改");
    }

    @Test
    void auditJsonRehearsal_readsBackWhatItWrote() {
        List<FieldChange> changes = List.of(new FieldChange("title", null, "许可"), new FieldChange("receipts", "a", "b"));

        assertThat(AuditRepository.rehearseJson(changes)).isEqualTo(changes);
    }

    private static Set<String> writes(StatementCounter counter, String verb) {
        return counter.sql().stream().filter(s -> lower(s).startsWith(verb)).collect(Collectors.toSet());
    }

    private static Set<String> reads(StatementCounter counter) {
        return counter.sql().stream().filter(s -> lower(s).startsWith("select") && lower(s).contains("deal_approval"))
                .collect(Collectors.toSet());
    }

    private static String lower(String sql) {
        return sql.toLowerCase(Locale.ROOT).strip();
    }
}
