package org.transferdesk.need;

import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.provider.Arguments;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;

/** Every field a need's saves audit reads under a label, in Chinese and in English, and each column of its tables. */
@Tag(TestDatabase.TAG)
class NeedAuditLabelsTest extends AuditLabelsContract {
    NeedAuditLabelsTest() {
        super(new AuditVocabulary(NeedAuditLabels.all()));
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (Database db = TestDatabase.fresh()) {
            NeedFixture f = new NeedFixture(db);
            Counterparty company = f.company("西安某某新材料有限公司");
            Need n = f.negotiating(company, "高容量锂电池负极材料开发", f.result(0));
            f.needs.draftDeal(n, f.result(0));
            Need later = f.needs.find(n.id()).orElseThrow();
            f.needs.move(later, NeedStatus.CLOSED, "企业已与其他单位合作");
            return AuditRowsOnH2.cases(db, "tech_need").toList().stream();
        }
    }
}
