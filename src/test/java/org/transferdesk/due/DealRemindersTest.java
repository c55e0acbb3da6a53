package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.due.DueTestDeals.deal;
import static org.transferdesk.due.DueTestDeals.objection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;

class DealRemindersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static List<DueItem> of(Deal... deals) {
        return DealReminders.of(List.of(deals), TODAY);
    }

    private static List<DueItem> ofKind(DueKind kind, Deal... deals) {
        return of(deals).stream().filter(i -> i.kind() == kind).toList();
    }

    @Test
    void partlyPaidInstalment_remindsTheUnpaidRest() {
        Deal d = deal(1).instalment(11, LocalDate.of(2026, 12, 31), "50000.00")
                .receipt(101, LocalDate.of(2026, 6, 1), "20000.00", 11L).build();

        List<DueItem> items = of(d);

        assertThat(items).hasSize(1);
        DueItem item = items.get(0);
        assertThat(item.key()).isEqualTo("INSTALMENT:11");
        assertThat(item.kind()).isEqualTo(DueKind.INSTALMENT);
        assertThat(item.rule()).isEqualTo("CONTRACT");
        assertThat(item.dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(item.amount()).isEqualByComparingTo("30000.00");
        assertThat(item.action()).isEqualTo(I18n.t("due.action.instalment", Money.format(new BigDecimal("30000.00"))));
        assertThat(item.record()).isEqualTo(new RecordRef(RecordType.DEAL, 1, "HT-1 成果1"));
    }

    @Test
    void fullyPaidInstalment_remindsNothing() {
        Deal d = deal(1).instalment(11, LocalDate.of(2026, 12, 31), "50000.00")
                .receipt(101, LocalDate.of(2026, 6, 1), "30000.00", 11L)
                .receipt(102, LocalDate.of(2026, 7, 1), "20000.00", 11L).build();

        assertThat(of(d)).isEmpty();
    }

    @Test
    void overpaidInstalment_remindsNothing() {
        Deal d = deal(1).instalment(11, LocalDate.of(2026, 12, 31), "50000.00")
                .receipt(101, LocalDate.of(2026, 6, 1), "60000.00", 11L).build();

        assertThat(of(d)).isEmpty();
    }

    @Test
    void unmatchedReceipts_payTheInstalmentsInDueDateOrder() {
        // listed out of order on purpose: the earliest instalment (12) is paid first whatever the list order
        Deal d = deal(1).instalment(13, LocalDate.of(2027, 6, 30), "40000.00")
                .instalment(12, LocalDate.of(2026, 6, 30), "30000.00")
                .instalment(14, LocalDate.of(2027, 12, 31), "30000.00")
                .receipt(101, LocalDate.of(2026, 5, 1), "25000.00")
                .receipt(102, LocalDate.of(2026, 8, 1), "15000.00").build();

        List<DueItem> items = of(d);

        assertThat(items).extracting(DueItem::key).containsExactlyInAnyOrder("INSTALMENT:13", "INSTALMENT:14");
        assertThat(items).filteredOn(i -> i.key().equals("INSTALMENT:13")).singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("30000.00"));
        assertThat(items).filteredOn(i -> i.key().equals("INSTALMENT:14")).singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("30000.00"));
    }

    @Test
    void refund_givesTheMoneyBackToTheInstalments() {
        Deal d = deal(1).instalment(12, LocalDate.of(2026, 6, 30), "30000.00")
                .receipt(101, LocalDate.of(2026, 5, 1), "30000.00")
                .receipt(102, LocalDate.of(2026, 8, 1), "-10000.00").build();

        assertThat(of(d)).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("INSTALMENT:12");
            assertThat(i.amount()).isEqualByComparingTo("10000.00");
        });
    }

    @Test
    void receiptMatchedToAnUnknownInstalment_paysFromThePool() {
        Deal d = deal(1).instalment(12, LocalDate.of(2026, 6, 30), "30000.00")
                .receipt(101, LocalDate.of(2026, 5, 1), "10000.00", 999L).build();

        assertThat(of(d)).singleElement().satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("20000.00"));
    }

    @Test
    void terminatedAndEquityDeals_raiseNoInstalmentItems() {
        Deal terminated = deal(1).status(DealStatus.TERMINATED).instalment(11, LocalDate.of(2026, 12, 31), "50000.00")
                .build();
        Deal equity = deal(2).mode(DealMode.EQUITY).instalment(21, LocalDate.of(2026, 12, 31), "50000.00").build();

        assertThat(ofKind(DueKind.INSTALMENT, terminated, equity)).isEmpty();
    }

    @Test
    void instalmentsOfSeveralDeals_eachKeyedByItsId() {
        Deal a = deal(1).instalment(11, LocalDate.of(2026, 12, 31), "100.00").build();
        Deal b = deal(2).mode(DealMode.LICENSE).instalment(21, LocalDate.of(2027, 1, 31), "200.00").build();

        assertThat(of(a, b)).extracting(DueItem::key, i -> i.record().id())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("INSTALMENT:11", 1L),
                        org.assertj.core.groups.Tuple.tuple("INSTALMENT:21", 2L));
    }

    @Test
    void runningPricePublicity_remindsItsEndDay() {
        LocalDate end = LocalDate.of(2026, 12, 7);
        Deal d = deal(1).status(DealStatus.PUBLICITY).publicity(LocalDate.of(2026, 11, 22), end).build();

        assertThat(of(d)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.PUBLICITY_END);
            assertThat(i.rule()).isEqualTo("R-PUB-PRICE");
            assertThat(i.dueOn()).isEqualTo(end);
            assertThat(i.key()).isEqualTo("PUBLICITY:DEAL:1:2026-12-07");
            assertThat(i.action()).isEqualTo(I18n.t("due.action.pricePublicity"));
            assertThat(i.amount()).isNull();
        });
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = {"DRAFT", "APPROVAL", "SIGNED", "PERFORMING", "TERMINATED"})
    void publicityOfADealNoLongerInPublicity_remindsNoEnd(DealStatus status) {
        Deal d = deal(1).status(status).publicity(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16)).build();

        assertThat(ofKind(DueKind.PUBLICITY_END, d)).isEmpty();
    }

    @Test
    void publicityWithoutEndDay_remindsNoEnd() {
        Deal d = deal(1).status(DealStatus.PUBLICITY).publicity(LocalDate.of(2026, 11, 22), null).build();

        assertThat(of(d)).isEmpty();
    }

    @Test
    void openObjection_isReminded_closedOneIsNot() {
        Deal d = deal(1).status(DealStatus.PUBLICITY).publicity(LocalDate.of(2026, 11, 10), null,
                objection(5, LocalDate.of(2026, 11, 12), null),
                objection(6, LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 15))).build();

        assertThat(of(d)).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("OBJECTION:DEAL:5");
            assertThat(i.kind()).isEqualTo(DueKind.OPEN_OBJECTION);
            assertThat(i.rule()).isEqualTo("R-PUB-PRICE");
            assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 11, 12));
            assertThat(i.detail()).isEqualTo(I18n.t("due.detail.objection", LocalDate.of(2026, 11, 12), "张三"));
        });
    }

    @Test
    void openObjectionOfATerminatedDeal_isNotReminded() {
        Deal d = deal(1).status(DealStatus.TERMINATED).publicity(LocalDate.of(2026, 11, 10), null,
                objection(5, LocalDate.of(2026, 11, 12), null)).build();

        assertThat(of(d)).isEmpty();
    }

    @Test
    void openObjectionAfterThePublicity_isStillReminded() {
        Deal d = deal(1).status(DealStatus.APPROVAL).publicity(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16),
                objection(5, LocalDate.of(2026, 11, 12), null)).build();

        assertThat(of(d)).extracting(DueItem::kind).containsExactly(DueKind.OPEN_OBJECTION);
    }
}
