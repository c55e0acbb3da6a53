package org.transferdesk.deal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.SignedDeal;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.RewardFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** The light query the pilot cases use: signed deals of a result with what each received, as the deal list has it. */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class SignedOfResultTest {
    private RewardFixture fixture;

    @BeforeEach
    void setUp(Database db) {
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
    }

    @Test
    void signedDealsWithTheirReceipts_agreeWithTheDealList(Database db) {
        fixture.e1Licence("E1", true);
        fixture.licence("TWO", true, List.of(
                new Receipt(null, LocalDate.of(2025, 1, 5), new BigDecimal("1000.00"), null, null),
                new Receipt(null, LocalDate.of(2025, 2, 5), new BigDecimal("-200.00"), null, null)), List.of());
        DealListQuery query = new DealListQuery(db.dsl());
        List<SignedDeal> signed = query.signedOfResult(fixture.result.id());
        assertThat(signed).extracting(SignedDeal::received).extracting(BigDecimal::toPlainString)
                .containsExactlyInAnyOrder("2000000.00", "800.00");
        assertThat(query.ofResult(fixture.result.id(), LocalDate.now(TestDatabase.CLOCK)).stream()
                .filter(d -> d.status() == DealStatus.SIGNED).map(d -> d.received().toPlainString()))
                .containsExactlyInAnyOrder("2000000.00", "800.00");
        assertThat(query.signedOfResult(fixture.result.id() + 1000)).isEmpty();
    }
}
