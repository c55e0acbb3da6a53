package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.StatementCounter;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Receipt;
import org.transferdesk.people.LeaderRole;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: `distribute` and `export distributions` read in bulk. The statements they run do not grow with the
 * deals that have nothing to do (already distributed, or of another year), nor with the distributions exported;
 * creating distributions costs the same number of statements for each one.
 */
@Tag(TestDatabase.TAG)
class DistributeAndExportStatementsTest {
    private Database db;
    private RewardFixture fixture;
    private final StatementCounter counter = new StatementCounter();
    private DistributionService service;
    private int deals;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
        RewardPolicy policy = RewardPolicy.Preset.BEIJING.policy();
        service = new RewardServices(counter.on(db.dsl()), date -> policy, ResultOwnership.UNIVERSITY_OWNED,
                TestDatabase.CLOCK).distributions;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** {@code n} more licences, each with one receipt (and a cost) in 2024. */
    private void licences(int n) {
        for (int i = 0; i < n; i++) {
            int no = deals++;
            LocalDate on = LocalDate.of(2024, 6, 20);
            fixture.licence("C-" + no, true,
                    List.of(new Receipt(null, on, new BigDecimal("100000.00").add(BigDecimal.valueOf(no)), "PZ-" + no, null)),
                    List.of(new Cost(null, on, CostCategory.TAX, new BigDecimal("30.00"), "印花税")));
        }
    }

    private int statements(Runnable work) {
        counter.reset();
        work.run();
        return counter.count();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-", "2024", "2025"})
    void distributeWithNothingToDo_costsTheSameForThreeDealsAsForFifteen(Integer year) {
        licences(3);
        assertThat(service.distributeAll(null, null).created()).hasSize(3);
        int withThree = statements(() -> assertThat(service.distributeAll(null, year).created()).isEmpty());
        licences(12);
        assertThat(service.distributeAll(null, null).created()).hasSize(12);

        int withFifteen = statements(() -> assertThat(service.distributeAll(null, year).created()).isEmpty());

        assertThat(withFifteen).isEqualTo(withThree);
    }

    @Test
    void distributeForAnotherYear_readsNoDealOfThisOne() {
        licences(3);
        int withThree = statements(() -> assertThat(service.distributeAll(null, 2025).created()).isEmpty());
        licences(12);

        int withFifteen = statements(() -> assertThat(service.distributeAll(null, 2025).created()).isEmpty());

        assertThat(withFifteen).isEqualTo(withThree);
        assertThat(service.distributeAll(null, 2024).created()).hasSize(15);
    }

    @Test
    void distributeCreating_costsTheSameStatementsForEachDistribution() {
        licences(1);
        int one = statements(() -> assertThat(service.distributeAll(null, 2024).created()).hasSize(1));
        licences(2);
        int two = statements(() -> assertThat(service.distributeAll(null, 2024).created()).hasSize(2));
        licences(4);

        int four = statements(() -> assertThat(service.distributeAll(null, 2024).created()).hasSize(4));

        assertThat(four - two).isEqualTo(2 * (two - one));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"2024", "-"})
    void exportingDistributions_costsTheSameForThreeAsForFifteen_andInspectsAsOneByOne(Integer year) {
        licences(3);
        service.distributeAll(null, null);
        int three = statements(() -> assertThat(ExportedDistribution.select(service, year).distributions()).hasSize(3));
        licences(12);
        service.distributeAll(null, null);

        ExportedDistribution.Selection[] selection = new ExportedDistribution.Selection[1];
        int fifteen = statements(() -> selection[0] = ExportedDistribution.select(service, year));

        assertThat(fifteen).isEqualTo(three);
        assertThat(selection[0].distributions()).hasSize(15);
        assertThat(selection[0].leftOut()).isZero();
        // the same as inspecting each distribution with its own read of the deal (the way before issue 20)
        assertThat(selection[0].distributions()).isEqualTo(service.list(year).stream()
                .map(d -> ExportedDistribution.of(d, service.inspect(d).taxes())).toList());
        assertThat(service.inspectAll(year)).extracting(DistributionService.Inspected::inspection)
                .isEqualTo(service.list(year).stream().map(service::inspect).toList());
    }

    @Test
    void exportingAYearWithoutDistributions_keepsNone() {
        licences(2);
        service.distributeAll(null, null);

        assertThat(ExportedDistribution.select(service, 2023).distributions()).isEmpty();
        assertThat(service.inspectAll(2023)).isEmpty();
    }
}
