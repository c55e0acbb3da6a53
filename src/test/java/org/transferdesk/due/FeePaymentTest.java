package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PATENT_FEE_PAYMENT;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.InMemoryAppContext;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Deal;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.RewardFixture;

/** Recording a patent fee paid: the payment, its 维护费 costs on the result's deals, and the next fee year. */
class FeePaymentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path tmp;

    private AppContext context;
    private long ipId;
    private Deal first;
    private Deal second;

    @BeforeEach
    void setUp() {
        context = InMemoryAppContext.open(tmp);
        context.office().set(DueService.REMIND_FROM, LocalDate.of(2000, 1, 1), "2000-01-01");
        RewardFixture fixture = new RewardFixture(context.database().dsl()).e1Team(LeaderRole.NONE);
        ipId = context.database().dsl().insertInto(IP_ASSET).set(IP_ASSET.DISCLOSURE_ID, fixture.result.id())
                .set(IP_ASSET.IP_TYPE, "INVENTION_PATENT").set(IP_ASSET.APPLICATION_NO, "201910654321.X")
                .set(IP_ASSET.FILED_ON, LocalDate.of(2019, 7, 15)).set(IP_ASSET.GRANTED_ON, LocalDate.of(2022, 3, 8))
                .set(IP_ASSET.STATUS, "GRANTED").returning(IP_ASSET.ID).fetchOne().getId();
        first = fixture.licence("L-001", true, List.of(), List.of());
        second = fixture.licence("L-002", true, List.of(), List.of());
        for (int year = 3; year <= 7; year++) {
            context.due().recordFeePaid(PatentReminders.key(ipId, year), LocalDate.of(2019 + year - 1, 7, 1),
                    BigDecimal.ZERO, null);
        }
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private DueItem nextFee() {
        return context.due().open(TODAY).stream().filter(i -> i.kind() == DueKind.PATENT_FEE).findFirst().orElseThrow();
    }

    @Test
    void feePaid_isRecorded_becomesMaintenanceCostsOfTheResultsDeals_andTheNextYearIsDue() {
        DueItem year8 = nextFee();
        assertThat(year8.key()).isEqualTo(PatentReminders.key(ipId, 8));
        assertThat(year8.dueOn()).isEqualTo(LocalDate.of(2026, 7, 14));

        context.due().recordFeePaid(year8.key(), LocalDate.of(2026, 11, 20), new BigDecimal("700.01"), " SJ-2026-88 ");

        var row = context.database().dsl().selectFrom(PATENT_FEE_PAYMENT).where(PATENT_FEE_PAYMENT.FEE_YEAR.eq(8))
                .fetchSingle();
        assertThat(row.getAmount()).isEqualByComparingTo("700.01");
        assertThat(row.getReceiptNo()).isEqualTo("SJ-2026-88");
        assertThat(row.getRecordedBy()).isNotBlank();
        List<Cost> costs1 = context.deals().find(first.id()).orElseThrow().costs();
        List<Cost> costs2 = context.deals().find(second.id()).orElseThrow().costs();
        assertThat(costs1).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(CostCategory.MAINTENANCE);
            assertThat(c.amount()).as("split over two deals, the odd fen on the first").isEqualByComparingTo("350.01");
            assertThat(c.incurredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(c.note()).contains("SJ-2026-88");
        });
        assertThat(costs2).singleElement().satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("350.00"));
        assertThat(context.deals().find(first.id()).orElseThrow().version()).isGreaterThan(first.version());
        assertThat(context.deals().history(first.id())).isNotEmpty();

        DueItem year9 = nextFee();
        assertThat(year9.key()).isEqualTo(PatentReminders.key(ipId, 9));
        assertThat(year9.amount()).as("R-PAT-FEE: within 10 years from the grant year").isEqualByComparingTo("300.00");
    }

    @Test
    void refusedPayments_changeNothing() {
        String key = nextFee().key();
        assertThatThrownBy(() -> context.due().recordFeePaid(key, TODAY.plusDays(1), new BigDecimal("300.00"), null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> context.due().recordFeePaid(key, TODAY, new BigDecimal("-1.00"), null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> context.due().recordFeePaid(PatentReminders.key(ipId, 7), TODAY,
                new BigDecimal("300.00"), null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("7");
        assertThat(context.database().dsl().fetchCount(PATENT_FEE_PAYMENT)).isEqualTo(5);
        assertThat(context.deals().find(first.id()).orElseThrow().costs()).isEmpty();
        assertThat(nextFee().key()).isEqualTo(key);
    }
}
