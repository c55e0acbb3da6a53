package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.InMemoryAppContext;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.ui.DataEvents;

/**
 * The GUI's data events reach the incremental due list: a deal saved and announced as the deal editor announces
 * it changes the 待办 list; an event that derives nothing (a department) or that is not the deal's leaves it.
 */
class DueAnnounceTest {
    @TempDir
    Path tmp;

    private AppContext context;
    private final DataEvents events = new DataEvents();

    @BeforeEach
    void setUp() {
        context = InMemoryAppContext.open(tmp);
        new DealRepository(context.database().dsl()).save(DealBuilder.deal()
                .mode(org.transferdesk.deal.DealMode.LICENSE).contractNo("D-001").title("许可")
                .signedOn(LocalDate.of(2026, 1, 5)).contractAmount(new java.math.BigDecimal("80000.00"))
                .pricing(org.transferdesk.deal.PricingMethod.LISTED).status(DealStatus.SIGNED)
                .instalments(List.of(new org.transferdesk.deal.Instalment(null,
                        LocalDate.of(2026, 12, 20), new java.math.BigDecimal("50000.00"), "验收后"))).build(),
                "test", LocalDateTime.of(2026, 1, 5, 9, 0));
        DueWindows.keepCurrent(context.due(), events);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @ParameterizedTest
    @CsvSource({"DEAL, true", "ALL, true", "DEPARTMENT, false", "DUE, false", "PERSON, false", "RESULT, false",
            "PILOT, false", "DISTRIBUTION, false"})
    void aTerminatedDealsInstalmentsLeaveTheList_whenTheEventSaysSo(DataEvents.Change.Kind kind, boolean gone) {
        LocalDate today = context.due().today();
        DealRepository deals = new DealRepository(context.database().dsl());
        List<DueItem> before = context.due().open(today);
        // what a running deal owes and a terminated one no longer does
        DueItem instalment = before.stream().filter(i -> i.record().type() == RecordType.DEAL && java.util.EnumSet.of(
                DueKind.INSTALMENT, DueKind.DEAL_OBLIGATION, DueKind.OPEN_OBJECTION, DueKind.PUBLICITY_END)
                .contains(i.kind())).findFirst().orElseThrow();
        Deal deal = deals.findById(instalment.record().id()).orElseThrow();
        deals.save(deal.withStatus(DealStatus.TERMINATED), "test", LocalDateTime.of(2026, 11, 22, 10, 0));
        // the event names the deal only when it is the deal's (a person or result id elsewhere is another record)
        events.publish(new DataEvents.Change(kind, deal.id()));
        assertThat(context.due().open(today).stream().anyMatch(i -> i.key().equals(instalment.key())))
                .isEqualTo(!gone);
        assertThat(instalment.record().type()).isEqualTo(RecordType.DEAL);
    }
}
