package org.transferdesk.report.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.persistence.DealRepository;

/**
 * An in-memory application with two contracts (today is 2026-11-22, so the report year is 2025):
 * R-LIC-1, a licence signed 2025-03-01 for 500,000.00 with 200,000.00 received 2025-04-01, unregistered and
 * without a result (two data checks); R-TRA-1, a transfer signed 2024-06-01 for 1,200,000.00, registered
 * 2025-02-01, paid in full 2025-05-01.
 */
public final class ReportUiFixture implements AutoCloseable {
    public final AppContext context;
    public final Deal licence;
    public final Deal transfer;

    public ReportUiFixture(Path dataDir) {
        context = new AppContext(new DataFolder(dataDir).create(),
                Database.openInMemory("report-" + UUID.randomUUID()), TestDatabase.CLOCK);
        context.settings().setDemoOffered(true);
        licence = save(deal("R-LIC-1", DealMode.LICENSE, "许可测试", LocalDate.of(2025, 3, 1), "500000.00", null,
                new Receipt(null, LocalDate.of(2025, 4, 1), new BigDecimal("200000.00"), "V1", null)));
        transfer = save(deal("R-TRA-1", DealMode.TRANSFER, "转让测试", LocalDate.of(2024, 6, 1), "1200000.00",
                new Deal.Registration("2025440100000123", LocalDate.of(2025, 2, 1), new BigDecimal("1200000.00")),
                new Receipt(null, LocalDate.of(2025, 5, 1), new BigDecimal("1200000.00"), "V2", null)));
    }

    private Deal save(Deal deal) {
        return new DealRepository(context.database().dsl()).save(deal, "test", LocalDateTime.of(2025, 1, 1, 9, 0));
    }

    private static Deal deal(String no, DealMode mode, String title, LocalDate signedOn, String amount,
                             Deal.Registration registration, Receipt receipt) {
        return DealBuilder.deal().mode(mode).contractNo(no)
                .licenseKind(mode == DealMode.LICENSE ? LicenseKind.EXCLUSIVE : null).title(title).signedOn(signedOn)
                .contractAmount(new BigDecimal(amount)).pricing(PricingMethod.LISTED).registration(registration)
                .status(DealStatus.SIGNED).receipts(List.of(receipt)).build();
    }

    @Override
    public void close() {
        context.close();
    }
}
