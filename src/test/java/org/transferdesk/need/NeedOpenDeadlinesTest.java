package org.transferdesk.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;

/** Issue 25, R-NEED: what the needs register hands 待办: open needs with a deadline, passed or not. */
@Tag(TestDatabase.TAG)
class NeedOpenDeadlinesTest {

    @ParameterizedTest(name = "{0}, deadline {1} days away → reminded {2}")
    @CsvSource({
        "OPEN,        -1, true",   // passed: still reminded, as overdue
        "OPEN,         0, true",
        "MATCHED,      7, true",
        "NEGOTIATING, 30, true",   // far off: handed in, 待办 keeps it until its window opens
        "DEAL,         0, false",  // 已成交
        "CLOSED,       0, false",  // 已关闭
    })
    void onlyOpenNeeds_areHandedTo待办(NeedStatus status, int days, boolean reminded) {
        try (Database db = TestDatabase.fresh()) {
            NeedFixture f = new NeedFixture(db);
            Counterparty company = f.company("陕西秦川新材料有限公司");
            Need n = f.needs.save(withDeadline(NeedFixture.need(company, "高比容量硅碳负极"),
                    NeedFixture.TODAY.plusDays(days)));
            for (NeedStatus step : new NeedStatus[] {NeedStatus.MATCHED, NeedStatus.NEGOTIATING, NeedStatus.DEAL}) {
                if (n.status() == status || status == NeedStatus.CLOSED) {
                    break;
                }
                n = f.needs.move(n, step, null);
            }
            if (status == NeedStatus.CLOSED) {
                n = f.needs.move(n, NeedStatus.CLOSED, "企业已与其他单位合作");
            }
            assertThat(n.status()).isEqualTo(status);
            long id = n.id();
            assertThat(f.needs.openDeadlines()).filteredOn(x -> x.id() == id).hasSize(reminded ? 1 : 0);
        }
    }

    @ParameterizedTest(name = "deadline cleared (status {0})")
    @CsvSource({"OPEN"})
    void aNeedWhoseDeadlineIsCleared_leaves待办(NeedStatus status) {
        try (Database db = TestDatabase.fresh()) {
            NeedFixture f = new NeedFixture(db);
            Need n = f.needs.save(NeedFixture.need(f.company("西安精测仪器有限公司"), "在线检测"));
            assertThat(n.status()).isEqualTo(status);
            assertThat(f.needs.openDeadlines()).extracting(Need::id).containsExactly(n.id());
            f.needs.save(withDeadline(n, null));
            assertThat(f.needs.openDeadlines()).isEmpty();
        }
    }

    private static Need withDeadline(Need n, LocalDate deadline) {
        return new Need(n.id(), n.counterpartyId(), n.counterpartyName(), n.newCompany(), n.title(), n.description(),
                n.field(), n.budgetMin(), n.budgetMax(), deadline, n.contact(), n.source(), n.status(),
                n.closedReason(), n.results(), n.dealId(), n.dealNo(), n.moves(), n.version());
    }
}
