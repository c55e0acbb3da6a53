package org.transferdesk.outreach;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.provider.Arguments;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.db.jooq.Tables;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.persistence.DemoWriter;
import org.transferdesk.outreach.persistence.OutreachRepository;

/** Issue 25: every field an event's and a contact entry's saves audit reads under a label, in both languages. */
@Tag(TestDatabase.TAG)
class OutreachAuditLabelsTest extends AuditLabelsContract {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);

    OutreachAuditLabelsTest() {
        super(new AuditVocabulary(OutreachAuditLabels.all()));
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (Database db = TestDatabase.fresh()) {
            new DemoService(new DemoWriter(db.dsl()), TestDatabase.CLOCK).fill(10, 5, ProgressSink.NONE);
            long result = db.dsl().select(Tables.DISCLOSURE.ID).from(Tables.DISCLOSURE).limit(1).fetchOne().value1();
            long company = db.dsl().select(Tables.COUNTERPARTY.ID).from(Tables.COUNTERPARTY).limit(1).fetchOne()
                    .value1();
            OutreachRepository repo = new OutreachRepository(db.dsl());
            OutreachEvent e = repo.save(new OutreachEvent(null, "路演", EventKind.ROADSHOW, LocalDate.of(2026, 5, 1),
                    null, "西安", "科技厅", false, null, List.of(), List.of(), List.of(), 0), "clerk", NOW);
            repo.save(new OutreachEvent(e.id(), "路演（二场）", EventKind.FAIR, e.startsOn(), LocalDate.of(2026, 5, 3),
                    "杨凌", "市科技局", true, "备注", List.of(new org.transferdesk.deal.ResultRef(result, "", "")),
                    List.of(new CompanyRef(company, "")), List.of(new Lead(null, company, "", result, null, "意向",
                    LeadStatus.FOLLOWING, null, null)), e.version()), "clerk", NOW.plusHours(1));
            ContactEntry c = repo.save(new ContactEntry(null, company, LocalDate.of(2026, 11, 1), ContactWay.VISIT,
                    "陈晓梅", "王经理", "介绍成果", "发送方案", LocalDate.of(2026, 11, 20), false, 0), "clerk", NOW);
            repo.save(new ContactEntry(c.id(), company, c.contactedOn(), ContactWay.PHONE, "刘建国", null, "电话",
                    "发送方案", c.nextDue(), true, c.version()), "clerk", NOW.plusHours(1));
            return Stream.concat(AuditRowsOnH2.cases(db, "outreach_event").toList().stream(),
                    AuditRowsOnH2.cases(db, "contact_entry").toList().stream());
        }
    }
}
