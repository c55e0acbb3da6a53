package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.persistence.DemoWriter;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.search.SearchService;
import org.transferdesk.search.persistence.SearchRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/** A fresh database with demo results, the deal services and helpers to make deals. */
final class DealUiFixture implements AutoCloseable {
    final Database db = TestDatabase.fresh();
    final DealService deals;
    final CounterpartyService counterparties;
    final DisclosureService disclosures;
    final SearchService search;
    final List<DisclosureSummary> results = new ArrayList<>();

    DealUiFixture() {
        AuditRepository audit = new AuditRepository(db.dsl());
        deals = new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()), audit,
                new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);
        counterparties = new CounterpartyService(new CounterpartyRepository(db.dsl()), TestDatabase.CLOCK);
        disclosures = new DisclosureService(new DisclosureRepository(db.dsl()), audit, TestDatabase.CLOCK);
        search = new SearchService(new SearchRepository(db.dsl()), (text, limit) -> java.util.List.of());
        new DemoService(new DemoWriter(db.dsl()), TestDatabase.CLOCK).fill(10, 5, ProgressSink.NONE);
        // The demo also makes deals; these tests want its results only.
        db.dsl().deleteFrom(org.transferdesk.db.jooq.Tables.DEAL).execute();
        db.dsl().deleteFrom(org.transferdesk.db.jooq.Tables.COUNTERPARTY).execute();
        db.dsl().deleteFrom(org.transferdesk.db.jooq.Tables.COMPANY).execute();
        new DisclosureRepository(db.dsl()).streamSummaries(10, results::addAll);
    }

    ResultRef result(int i) {
        DisclosureSummary s = results.get(i);
        return new ResultRef(s.id(), s.resultNo(), s.title());
    }

    Counterparty counterparty(String name) {
        return counterparties.save(Counterparty.create(name));
    }

    /** A listed (no publicity needed) transfer with one receipt. */
    Deal transfer(String no, Counterparty cp, String amount, String received, LocalDate signedOn) {
        Deal d = DealBuilder.deal().mode(DealMode.TRANSFER).contractNo(no).title("转让 " + no).results(List.of(result(0)))
                .counterpartyId(cp.id()).counterpartyName(cp.name()).signedOn(signedOn)
                .contractAmount(new BigDecimal(amount)).pricing(PricingMethod.LISTED).status(DealStatus.DRAFT).build();
        Deal saved = deals.save(d);
        if (received != null) {
            saved = deals.save(saved.withReceipts(List.of(new Receipt(null, LocalDate.of(2026, 11, 1),
                    new BigDecimal(received), null, null))));
        }
        return saved;
    }

    Deal licence(String no, Counterparty cp, String amount) {
        Deal d = DealBuilder.deal().mode(DealMode.LICENSE).contractNo(no).licenseKind(LicenseKind.ORDINARY)
                .title("许可 " + no).results(List.of(result(1))).counterpartyId(cp.id()).counterpartyName(cp.name())
                .contractAmount(new BigDecimal(amount)).pricing(PricingMethod.NEGOTIATED).status(DealStatus.DRAFT)
                .instalments(List.of(new Instalment(null, LocalDate.of(2026, 10, 1), new BigDecimal(amount), "签约后")))
                .build();
        return deals.save(d);
    }

    /** A deal editor on these services, shown on {@code stage} as an editor window (Ctrl+S saves). */
    DealEditorViewModel showEditor(javafx.stage.Stage stage, org.transferdesk.ui.TaskExecutor executor,
                                   org.transferdesk.ui.DialogService dialogs) {
        DealEditorViewModel vm = new DealEditorViewModel(deals, counterparties, search, executor, dialogs,
                new org.transferdesk.ui.DataEvents());
        org.transferdesk.ui.GuiTestStage.showEditor(stage, new DealEditorView(vm, () -> { }).build(),
                () -> vm.save(ok -> { }));
        return vm;
    }

    @Override
    public void close() {
        db.close();
    }
}
