package org.transferdesk.outreach.ui;

import java.util.ArrayList;
import java.util.List;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
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
import org.transferdesk.outreach.OutreachService;
import org.transferdesk.outreach.persistence.OutreachRepository;
import org.transferdesk.search.SearchService;
import org.transferdesk.search.persistence.SearchRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.TaskExecutor;

/** A fresh database with the demo's results, counterparties and deals, and the services the outreach screens use. */
final class OutreachUiFixture implements AutoCloseable {
    final Database db = TestDatabase.fresh();
    final OutreachService outreach = new OutreachService(new OutreachRepository(db.dsl()), TestDatabase.CLOCK);
    final CounterpartyService counterparties =
            new CounterpartyService(new CounterpartyRepository(db.dsl()), TestDatabase.CLOCK);
    final DealService deals = new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()),
            new AuditRepository(db.dsl()), new OfficeSettings(new PolicySettingRepository(db.dsl())),
            TestDatabase.CLOCK);
    final SearchService search = new SearchService(new SearchRepository(db.dsl()), (text, limit) -> java.util.List.of());
    final List<DisclosureSummary> results = new ArrayList<>();
    final FakeDialogService dialogs = new FakeDialogService();
    final DataEvents events = new DataEvents();

    OutreachUiFixture() {
        new DemoService(new DemoWriter(db.dsl()), TestDatabase.CLOCK).fill(10, 5, ProgressSink.NONE);
        new DisclosureRepository(db.dsl()).streamSummaries(10, results::addAll);
    }

    ResultRef result(int i) {
        DisclosureSummary s = results.get(i);
        return new ResultRef(s.id(), s.resultNo(), s.title());
    }

    EventEditorViewModel editor(TaskExecutor executor) {
        return new EventEditorViewModel(outreach, counterparties, deals, search, executor, dialogs, events);
    }

    @Override
    public void close() {
        db.close();
    }
}
