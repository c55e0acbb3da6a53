package org.transferdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealValidator;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.Receipt;
import org.transferdesk.disclosure.Disclosure;

/** The demo deals: every mode, realistic money and procedure, valid by the deal editor's own rules. */
class DemoDealsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static DemoData generate(long seed) {
        return new DemoDataGenerator(seed).generate(150, 1_000, TODAY);
    }

    @Test
    void deals_coverEveryMode_forAFractionOfTheResults_andPassTheValidator() {
        DemoData data = generate(5);
        List<Deal> deals = data.deals();

        assertThat(deals.size()).isBetween(1_000 / 12, 1_000 / 4);
        assertThat(deals).extracting(Deal::mode).containsAll(EnumSet.allOf(DealMode.class));
        Set<String> resultNos = new HashSet<>();
        data.disclosures().stream().map(Disclosure::resultNo).forEach(resultNos::add);
        Set<String> parties = new HashSet<>();
        data.counterparties().stream().map(Counterparty::name).forEach(parties::add);
        Set<String> contractNos = new HashSet<>();
        for (Deal d : deals) {
            // the stand-in ids the writer replaces: counterparty and company by name, results by number
            Deal withIds = DealBuilder.toBuilder(d).counterpartyId(1L)
                    .equity(d.equity() == null ? null
                            : new org.transferdesk.deal.Equity(1L, d.equity().companyName(), d.equity().universityShare(),
                            d.equity().registrationChangeOn())).build();
            assertThat(DealValidator.validate(withIds, TODAY)).as(d.contractNo()).noneMatch(Problem::isError);
            assertThat(contractNos.add(d.contractNo())).as(d.contractNo()).isTrue();
            assertThat(parties).contains(d.counterpartyName());
            d.results().forEach(r -> assertThat(resultNos).contains(r.resultNo()));
            BigDecimal scheduled = d.instalments().stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!d.instalments().isEmpty()) {
                assertThat(scheduled).as(d.contractNo()).isEqualByComparingTo(d.contractAmount());
            }
            assertThat(d.receipts()).allSatisfy(r -> assertThat(r.receivedOn()).isBeforeOrEqualTo(TODAY));
            if (d.signedOn() != null && d.publicity() != null) {
                assertThat(d.publicity().endsOn()).isBefore(d.signedOn());
            }
        }
        assertThat(data.counterparties()).allSatisfy(c -> assertThat(CreditCode.isValid(c.creditCode())).isTrue());
        assertThat(data.counterparties()).extracting(c -> Counterparty.nameKey(c.name())).doesNotHaveDuplicates();
    }

    @Test
    void deals_showTheProcedureAClerkMeets() {
        List<Deal> deals = generate(5).deals();

        assertThat(deals).anySatisfy(d -> assertThat(d.instalments().size()).isGreaterThanOrEqualTo(3));
        assertThat(deals).flatExtracting(Deal::receipts).anyMatch(Receipt::isRefund);
        assertThat(deals).flatExtracting(Deal::costs).extracting(c -> c.category()).contains(CostCategory.TAX,
                CostCategory.MAINTENANCE, CostCategory.INTERMEDIARY);
        assertThat(deals).filteredOn(d -> d.mode() == DealMode.EQUITY)
                .allSatisfy(d -> assertThat(d.equity()).isNotNull());
        assertThat(generate(5).companies()).isNotEmpty();
        assertThat(deals).anySatisfy(d -> {
            assertThat(d.status()).isEqualTo(DealStatus.PUBLICITY);
            assertThat(d.publicity().startsOn()).isBeforeOrEqualTo(TODAY);
            assertThat(d.publicity().endsOn()).isAfter(TODAY);
        });
        assertThat(deals).anySatisfy(d -> assertThat(d.registration().isRegistered()).isTrue());
        assertThat(deals).anySatisfy(d -> {
            assertThat(d.relatedParty()).isTrue();
            assertThat(d.approvals()).anyMatch(a -> a.relatedPartyStep());
        });
    }

    @Test
    void sameSeed_sameDeals_andTheResultsDoNotChangeBecauseOfThem() {
        assertThat(generate(11)).isEqualTo(generate(11));
        DemoData data = generate(11);
        assertThat(new DemoDataGenerator(11).generate(150, 1_000, TODAY).disclosures()).isEqualTo(data.disclosures());
        assertThat(new DemoDataGenerator(1).generate(0, 0, TODAY).deals()).isEmpty();
    }
}
