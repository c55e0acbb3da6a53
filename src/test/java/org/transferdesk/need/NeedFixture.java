package org.transferdesk.need;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.persistence.DemoWriter;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.need.persistence.NeedRepository;
import org.transferdesk.search.SearchService;
import org.transferdesk.search.persistence.SearchRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/** A database with the demo's results (no deals, no counterparties) and the needs register's services on it. */
public final class NeedFixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public final Database db;
    public final NeedService needs;
    public final DealService deals;
    public final CounterpartyService counterparties;
    public final SearchService search;
    public final List<DisclosureSummary> results = new ArrayList<>();

    public NeedFixture(Database db) {
        this.db = db;
        Clock clock = TestDatabase.clockOn(TODAY);
        AuditRepository audit = new AuditRepository(db.dsl());
        deals = new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()), audit,
                new OfficeSettings(new PolicySettingRepository(db.dsl())), clock);
        counterparties = new CounterpartyService(new CounterpartyRepository(db.dsl()), clock);
        needs = new NeedService(new NeedRepository(db.dsl()), counterparties, deals, audit, clock);
        search = new SearchService(new SearchRepository(db.dsl()), (text, limit) -> java.util.List.of());
        new DemoService(new DemoWriter(db.dsl()), clock).fill(10, 5, ProgressSink.NONE);
        // the demo's own contracts and companies would disturb what these tests count: they want its results only
        db.dsl().deleteFrom(org.transferdesk.db.jooq.Tables.DEAL).execute();
        db.dsl().deleteFrom(org.transferdesk.db.jooq.Tables.COUNTERPARTY).execute();
        db.dsl().deleteFrom(org.transferdesk.db.jooq.Tables.COMPANY).execute();
        new DisclosureRepository(db.dsl()).streamSummaries(10, results::addAll);
    }

    public ResultRef result(int i) {
        DisclosureSummary s = results.get(i);
        return new ResultRef(s.id(), s.resultNo(), s.title());
    }

    public Counterparty company(String name) {
        return counterparties.save(Counterparty.create(name));
    }

    /** A need of {@code company} as a clerk would type it, not yet saved. */
    public static Need need(Counterparty company, String title) {
        return new Need(null, company.id(), company.name(), null, title, "现有石墨负极比容量接近极限", "新材料",
                new BigDecimal("100000.00"), new BigDecimal("500000.00"), TODAY.plusDays(20),
                new NeedContact("王建华", "029-88100001", "wang@example.cn"), NeedSource.VISIT, NeedStatus.OPEN, null,
                List.of(), null, null, List.of(), 0);
    }

    /** A saved need moved on to negotiation, offering {@code offered}. */
    public Need negotiating(Counterparty company, String title, ResultRef offered) {
        Need n = needs.save(withResults(need(company, title), List.of(offered)));
        n = needs.move(n, NeedStatus.MATCHED, null);
        return needs.move(n, NeedStatus.NEGOTIATING, null);
    }

    public static Need withResults(Need n, List<ResultRef> results) {
        return new Need(n.id(), n.counterpartyId(), n.counterpartyName(), n.newCompany(), n.title(), n.description(),
                n.field(), n.budgetMin(), n.budgetMax(), n.deadline(), n.contact(), n.source(), n.status(),
                n.closedReason(), results, n.dealId(), n.dealNo(), n.moves(), n.version());
    }
}
