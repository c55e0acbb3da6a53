package org.transferdesk.due.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.StatementCounter;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Equity;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.Objection;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Publicity;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealRepository;

/**
 * Issue 20: the due list's full derive reads every deal in a fixed number of statements (no subquery or query per
 * deal), and reads the same deals, with the same parts in the same order, as the deal screens' reader.
 */
class DueBulkReaderTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"10, 20, 3", "40, 80, 7", "30, 120, 11"})
    void deals_equalTheDealReadersOnAGeneratedDatabase(int people, int results, long seed) {
        try (AppContext context = AppContext.open(DataFolder.resolve(tmp.resolve("d")), TestDatabase.CLOCK)) {
            context.demo().fill(people, results, seed, ProgressSink.NONE);
            var dsl = context.database().dsl();
            addEquityAndObjections(dsl);

            List<Deal> bulk = new DueBulkReader(dsl).deals();

            List<Deal> old = new DealRepository(dsl).findAll();
            assertThat(old).isNotEmpty();
            assertThat(bulk).isEqualTo(old);
            // the generated deals have every kind of part, so each child statement is compared, not just empties
            assertThat(bulk).anyMatch(d -> !d.results().isEmpty()).anyMatch(d -> !d.receipts().isEmpty())
                    .anyMatch(d -> !d.instalments().isEmpty()).anyMatch(d -> !d.costs().isEmpty())
                    .anyMatch(d -> !d.approvals().isEmpty()).anyMatch(d -> d.publicity() != null)
                    .anyMatch(d -> d.equity() != null)
                    .anyMatch(d -> d.publicity() != null && d.publicity().objections().size() == 2);
        }
    }

    /** The demo makes no equity deal and no objection at these sizes: one of each, with two objections. */
    private static void addEquityAndObjections(org.jooq.DSLContext dsl) {
        CounterpartyService parties = new CounterpartyService(new CounterpartyRepository(dsl), TestDatabase.CLOCK);
        Company company = parties.saveCompany(new Company(null, "某某新材料有限公司", null,
                new BigDecimal("20000000.00"), CompanyOrigin.CREATED, 0));
        Counterparty licensee = parties.save(Counterparty.create("杭州某某新能源有限公司"));
        var disclosure = org.transferdesk.db.jooq.Tables.DISCLOSURE;
        ResultRef result = dsl.select(disclosure.ID, disclosure.RESULT_NO, disclosure.TITLE).from(disclosure)
                .orderBy(disclosure.ID).limit(1)
                .fetchSingle(r -> new ResultRef(r.value1(), r.value2(), r.value3()));
        DealRepository deals = new DealRepository(dsl);
        LocalDateTime now = LocalDateTime.of(2026, 11, 1, 9, 0);
        deals.save(DealBuilder.deal().mode(DealMode.EQUITY).contractNo("ZJ-2026-01").title("作价投资")
                .results(List.of(result)).contractAmount(new BigDecimal("8000000.00")).pricing(PricingMethod.LISTED)
                .valuation(new Deal.Valuation(true, new BigDecimal("8000000.00"), "评报字〔2026〕12号"))
                .status(DealStatus.DRAFT).equity(new Equity(company.id(), null, Percent.ofPercent("40"), null)).build(), "test", now);
        deals.save(DealBuilder.deal().mode(DealMode.LICENSE).contractNo("JS-2026-001")
                .licenseKind(LicenseKind.EXCLUSIVE).title("锂电池材料独占许可").results(List.of(result))
                .counterpartyId(licensee.id()).counterpartyName(licensee.name()).termFrom(LocalDate.of(2026, 7, 1))
                .termTo(LocalDate.of(2031, 6, 30)).contractAmount(new BigDecimal("3000000.00"))
                .pricing(PricingMethod.NEGOTIATED).status(DealStatus.DRAFT)
                .publicity(new Publicity(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 25), "学校官网",
                        "成果名称、拟交易价格", List.of(
                        new Objection(null, LocalDate.of(2026, 11, 13), "某教师", "价格偏低", "已说明评估依据",
                        LocalDate.of(2026, 11, 14)),
                        new Objection(null, LocalDate.of(2026, 11, 12), "某学院", "未说明", null, null)))).build(), "test", now);
    }

    @ParameterizedTest
    @CsvSource({"5, 8", "40, 120"})
    void deals_costSevenStatements_whateverTheirNumber(int people, int results) {
        try (AppContext context = AppContext.open(DataFolder.resolve(tmp.resolve("s")), TestDatabase.CLOCK)) {
            context.demo().fill(people, results, 5L, ProgressSink.NONE);
            StatementCounter counter = new StatementCounter();

            List<Deal> deals = new DueBulkReader(counter.on(context.database().dsl())).deals();

            assertThat(deals).hasSize(new DealRepository(context.database().dsl()).count());
            assertThat(counter.count()).isEqualTo(7);
            assertThat(counter.sql()).noneMatch(sql -> sql.contains("?"));
        }
    }

    @Test
    void deals_ofAnEmptyDatabase_areNone() {
        try (AppContext context = AppContext.open(DataFolder.resolve(tmp.resolve("e")), TestDatabase.CLOCK)) {
            assertThat(new DueBulkReader(context.database().dsl()).deals()).isEmpty();
        }
    }
}
