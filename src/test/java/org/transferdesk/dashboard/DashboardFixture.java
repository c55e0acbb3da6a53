package org.transferdesk.dashboard;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.InMemoryAppContext;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.due.DueService;

/**
 * An in-memory app (today 2026-11-22) with two contracts: a 2025 licence (100,000, 40,000 received in 2025,
 * not registered) and a 2026 registered transfer (250,000: 60,000 received in March, 90,000 overdue since
 * 2026-10-01, 100,000 due 2026-12-10).
 */
public final class DashboardFixture implements AutoCloseable {
    public final AppContext context;
    public final DashboardService service;
    public Deal licence;
    public Deal transfer;

    public DashboardFixture(Path tmp) {
        context = InMemoryAppContext.open(tmp);
        context.office().set(DueService.REMIND_FROM, LocalDate.of(2000, 1, 1), "2000-01-01");
        service = new DashboardService(context.reports(), context.due(), context.pilots(), context.clock());
    }

    /** The two contracts described above. */
    public DashboardFixture withTwoDeals() {
        licence = save(deal("XK-2025", DealMode.LICENSE, LocalDate.of(2025, 3, 1), "100000.00", null,
                List.of(), List.of(receipt(LocalDate.of(2025, 5, 1), "40000.00"))));
        transfer = save(deal("ZR-2026", DealMode.TRANSFER, LocalDate.of(2026, 2, 1), "250000.00",
                new Deal.Registration("2026-DJ-1", LocalDate.of(2026, 2, 10), new BigDecimal("250000.00")),
                List.of(instalment(LocalDate.of(2026, 3, 1), "60000.00"),
                        instalment(LocalDate.of(2026, 10, 1), "90000.00"),
                        instalment(LocalDate.of(2026, 12, 10), "100000.00")),
                List.of(receipt(LocalDate.of(2026, 3, 1), "60000.00"))));
        return this;
    }

    /** A 2026 licence whose 994,320.00 instalment falls due in three days (2026-11-25). */
    public Deal largeInstalmentDueSoon() {
        return save(deal("XK-BIG", DealMode.LICENSE, LocalDate.of(2026, 6, 1), "994320.00", null,
                List.of(instalment(LocalDate.of(2026, 11, 25), "994320.00")), List.of()));
    }

    /** A 2026 licence with {@code count} unpaid instalments, all overdue. */
    public Deal manyOverdueInstalments(int count) {
        List<Instalment> instalments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            instalments.add(instalment(LocalDate.of(2026, 1, 1).plusDays(i), "1000.00"));
        }
        return save(deal("XK-MANY", DealMode.LICENSE, LocalDate.of(2026, 1, 1), "1000000.00", null, instalments,
                List.of()));
    }

    public Deal save(Deal deal) {
        return new DealRepository(context.database().dsl()).save(deal, "test", LocalDateTime.of(2026, 1, 5, 9, 0));
    }

    public static Deal deal(String no, DealMode mode, LocalDate signedOn, String amount, Deal.Registration reg,
                            List<Instalment> instalments, List<Receipt> receipts) {
        return DealBuilder.deal().mode(mode).contractNo(no).title("成果" + no).counterpartyName("杭州甲公司")
                .signedOn(signedOn).contractAmount(new BigDecimal(amount)).pricing(PricingMethod.LISTED)
                .registration(reg).status(DealStatus.PERFORMING).instalments(instalments).receipts(receipts).build();
    }

    private static Instalment instalment(LocalDate dueOn, String amount) {
        return new Instalment(null, dueOn, new BigDecimal(amount), null);
    }

    private static Receipt receipt(LocalDate on, String amount) {
        return new Receipt(null, on, new BigDecimal(amount), "PZ-" + on, null);
    }

    @Override
    public void close() {
        context.close();
    }
}
