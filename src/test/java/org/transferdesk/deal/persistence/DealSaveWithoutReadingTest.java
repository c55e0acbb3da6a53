package org.transferdesk.deal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.StatementCounter;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: the import saves a deal without reading it back; its audit row is the one a save with the read-back
 * writes (children in the order a read gives, money at two decimals), and the saved deal reads back the same.
 */
@Tag(TestDatabase.TAG)
class DealSaveWithoutReadingTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
    private Database db;
    private DSLContext dsl;
    private List<ResultRef> results;
    private Counterparty licensee;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        dsl = db.dsl();
        // saved in the opposite order of their numbers, so a read (by number) differs from the deal's order
        results = List.of(result("R-2024-0002"), result("R-2023-0001"));
        licensee = CounterpartyRepository.save(dsl, new Counterparty(null, "某某新能源有限公司", null, null, null, null, null,
                null, null, 0), "test", NOW);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ResultRef result(String no) {
        Disclosure blank = Disclosure.blank(LocalDate.of(2023, 3, 1));
        Disclosure d = new DisclosureRepository(dsl).save(DisclosureBuilder.disclosure().status(blank.status())
                .resultNo(no).title("成果 " + no).disclosedOn(LocalDate.of(2023, 3, 1)).resultType(ResultType.values()[0])
                .build(), "test", NOW);
        return new ResultRef(d.id(), no, null);
    }

    /** Receipts and costs out of date order, one amount without decimals, as a sheet may give them. */
    private Deal deal(String contractNo) {
        return DealBuilder.deal().mode(DealMode.LICENSE).contractNo(contractNo).licenseKind(LicenseKind.EXCLUSIVE)
                .title("许可").results(results).counterpartyId(licensee.id()).counterpartyName(licensee.name())
                .signedOn(LocalDate.of(2024, 6, 1)).contractAmount(new BigDecimal("3000000"))
                .pricing(PricingMethod.NEGOTIATED)
                .registration(new Deal.Registration("2024110000001234", LocalDate.of(2024, 6, 10), null))
                .status(DealStatus.SIGNED)
                .instalments(List.of(new Instalment(null, LocalDate.of(2024, 7, 1), new BigDecimal("500000.5"), null)))
                .receipts(List.of(new Receipt(null, LocalDate.of(2024, 9, 1), new BigDecimal("200000"), "PZ-2", null),
                        new Receipt(null, LocalDate.of(2024, 6, 20), new BigDecimal("100000.00"), "PZ-1", null),
                        new Receipt(null, LocalDate.of(2024, 9, 1), new BigDecimal("-5000.00"), "PZ-3", null)))
                .costs(List.of(new Cost(null, LocalDate.of(2024, 5, 1), CostCategory.TAX, new BigDecimal("600"), null),
                        new Cost(null, LocalDate.of(2024, 3, 1), CostCategory.VALUATION, new BigDecimal("30000.00"), "评估")))
                .build();
    }

    private List<FieldChange> audited(long id) {
        return new AuditRepository(dsl).history(DealRepository.ENTITY, id).get(0).changes().stream()
                .filter(c -> !c.field().equals("contractNo")).toList();
    }

    private static Deal withoutIds(Deal d) {
        return DealBuilder.toBuilder(d).id(null).contractNo(null)
                .instalments(d.instalments().stream().map(i -> new Instalment(null, i.dueOn(), i.amount(), i.condition())).toList())
                .receipts(d.receipts().stream().map(r -> new Receipt(null, r.receivedOn(), r.amount(), r.voucherNo(), null)).toList())
                .costs(d.costs().stream().map(c -> new Cost(null, c.incurredOn(), c.category(), c.amount(), c.note())).toList())
                .version(0).build();
    }

    @Test
    void aNewDeal_isAuditedAsTheSaveWithReadBackAuditsIt_andReadsBackTheSame() {
        Deal read = dsl.transactionResult(c -> DealRepository.save(c.dsl(), deal("A"), "test", NOW, AuditAction.IMPORT));
        long id = dsl.transactionResult(c ->
                DealRepository.saveWithoutReading(c.dsl(), deal("B"), "test", NOW, AuditAction.IMPORT));

        assertThat(audited(id)).isEqualTo(audited(read.id())).isNotEmpty();
        assertThat(audited(id)).filteredOn(c -> c.field().equals("results")).extracting(FieldChange::after)
                .containsExactly("R-2023-0001; R-2024-0002");
        assertThat(withoutIds(new DealRepository(dsl).findById(id).orElseThrow())).isEqualTo(withoutIds(read));
    }

    @Test
    void anUpdatedDeal_isAuditedAsTheSaveWithReadBackAuditsIt() {
        Deal a = new DealRepository(dsl).save(deal("A"), "test", NOW);
        Deal b = new DealRepository(dsl).save(deal("B"), "test", NOW);
        List<Receipt> more = List.of(new Receipt(null, LocalDate.of(2024, 6, 20), new BigDecimal("7"), "PZ-9", null));

        dsl.transaction(c -> DealRepository.save(c.dsl(), withMore(a, more), "test", NOW, AuditAction.IMPORT));
        dsl.transaction(c -> DealRepository.saveWithoutReading(c.dsl(), withMore(b, more), "test", NOW, AuditAction.IMPORT));

        assertThat(lastAudit(b.id())).isEqualTo(lastAudit(a.id())).extracting(FieldChange::field)
                .containsExactly("receipts");
    }

    private static Deal withMore(Deal d, List<Receipt> more) {
        List<Receipt> receipts = new java.util.ArrayList<>(d.receipts());
        receipts.addAll(more);
        return d.withReceipts(receipts);
    }

    private List<FieldChange> lastAudit(long id) {
        List<org.transferdesk.audit.AuditEntry> history = new AuditRepository(dsl).history(DealRepository.ENTITY, id);
        return history.stream().filter(e -> e.action() == AuditAction.IMPORT).findFirst().orElseThrow().changes();
    }

    @ParameterizedTest
    @CsvSource({"1", "3"})
    void savingWithoutReading_isTheSaveLessItsReadBack(int receipts) {
        StatementCounter without = new StatementCounter();
        StatementCounter with = new StatementCounter();
        Deal c = deal("C");
        Deal d = deal("D");
        Deal toSaveWithout = c.withReceipts(c.receipts().subList(0, receipts));
        Deal toSaveWith = d.withReceipts(d.receipts().subList(0, receipts));

        dsl.transaction(t -> DealRepository.saveWithoutReading(without.on(t.dsl()), toSaveWithout, "test", NOW,
                AuditAction.IMPORT));
        dsl.transaction(t -> DealRepository.save(with.on(t.dsl()), toSaveWith, "test", NOW, AuditAction.IMPORT));

        assertThat(without.count()).isEqualTo(with.count() - 1);
        // the read-back is the only statement that selects from the deal's approvals (its MULTISET)
        assertThat(with.sql()).anyMatch(DealSaveWithoutReadingTest::readsApprovals);
        assertThat(without.sql()).noneMatch(DealSaveWithoutReadingTest::readsApprovals);
    }

    private static boolean readsApprovals(String sql) {
        String s = sql.toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("select") && s.contains("deal_approval");
    }
}
