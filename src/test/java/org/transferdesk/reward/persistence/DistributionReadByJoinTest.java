package org.transferdesk.reward.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.StatementCounter;
import org.transferdesk.TestDatabase;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.E1DistributionTestBase;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: distributions are read with their parts by joins on the parent's condition, in a number of statements
 * that does not depend on how many there are, and with the same parts as reading each one on its own.
 */
@Tag(TestDatabase.TAG)
class DistributionReadByJoinTest extends E1DistributionTestBase {
    private int made;

    /** {@code n} licences, receipts alternately in 2024 and 2025, each with a cost, each distributed. */
    private List<Distribution> distributions(int n) {
        List<Distribution> saved = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = made++;
            LocalDate on = i % 2 == 0 ? LocalDate.of(2024, 6, 20) : LocalDate.of(2025, 1, 1);
            Deal deal = fixture.licence("C-" + i, true,
                    List.of(new Receipt(null, on, new BigDecimal("100000.00").add(BigDecimal.valueOf(i)), "PZ-" + i, null)),
                    List.of(new Cost(null, on, CostCategory.TAX, new BigDecimal("30.00"), "印花税")));
            saved.add(draftOfFirstReceipt(deal));
        }
        return saved;
    }

    @ParameterizedTest
    @CsvSource({"1", "4", "15"})
    void readingAll_costsFiveStatements_whateverTheirNumber(int n) {
        distributions(n);
        StatementCounter counter = new StatementCounter();
        DistributionRepository counted = new DistributionRepository(counter.on(db.dsl()));

        List<Distribution> all = counted.findWhere(null, null);

        assertThat(all).hasSize(n);
        assertThat(counter.count()).isEqualTo(5);
    }

    @org.junit.jupiter.api.Test
    void readingAll_runsTheSameSqlForOneAsForTwelve_noListOfIds() {
        distributions(1);
        StatementCounter counter = new StatementCounter();
        DistributionRepository counted = new DistributionRepository(counter.on(db.dsl()));
        counted.findWhere(null, null);
        List<String> forOne = counter.sql();
        distributions(11);
        counter.reset();

        assertThat(counted.findWhere(null, null)).hasSize(12);

        assertThat(counter.sql()).isEqualTo(forOne);
    }

    @ParameterizedTest
    @CsvSource({"2024, 8, 4", "2025, 8, 4", "2024, 1, 1", "2025, 1, 0", "2023, 6, 0"})
    void aYearsDistributions_haveExactlyTheirOwnParts_asEachReadAlone(int year, int n, int expected) {
        List<Distribution> saved = distributions(n);
        DistributionRepository repository = new DistributionRepository(db.dsl());

        List<Distribution> ofYear = repository.findWhere(year, null);

        assertThat(ofYear).hasSize(expected);
        assertThat(ofYear).allSatisfy(d -> assertThat(d.basisDate().getYear()).isEqualTo(year));
        assertThat(ofYear).allSatisfy(d -> {
            assertThat(d.receipts()).hasSize(1);
            assertThat(d.deductions()).hasSize(1);
            assertThat(d.lines()).hasSize(4);
        });
        List<Distribution> alone = ofYear.stream().map(d -> repository.findById(d.id()).orElseThrow()).toList();
        assertThat(ofYear).isEqualTo(alone);
        assertThat(ofYear).isEqualTo(saved.stream().filter(d -> d.basisDate().getYear() == year).toList());
    }

    @ParameterizedTest
    @CsvSource({"0, 6", "3, 6"})
    void aPersonsStatement_keepsEveryLineOfTheirDistributions(int member, int n) {
        distributions(n);
        DistributionRepository repository = new DistributionRepository(db.dsl());

        List<Distribution> ofPerson = repository.findByPerson(fixture.team.get(member).id());

        assertThat(ofPerson).hasSize(n).allSatisfy(d -> assertThat(d.lines()).hasSize(4));
        assertThat(ofPerson).isEqualTo(repository.findWhere(null, null));
    }
}
