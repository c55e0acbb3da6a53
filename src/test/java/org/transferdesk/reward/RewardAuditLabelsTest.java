package org.transferdesk.reward;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.people.LeaderRole;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.common.I18n;
import org.junit.jupiter.api.Tag;

/** Issue 24 item 1: every field a distribution's saves audit reads under a label, in both languages. */
@Tag(TestDatabase.TAG)
class RewardAuditLabelsTest extends AuditLabelsContract {
    RewardAuditLabelsTest() {
        super(new AuditVocabulary(RewardAuditLabels.all()));
    }

    /** The distribution's table; the deal's are the deal's test's (this feature labels only its profits there). */
    @Override
    protected java.util.Set<String> ownEntities() {
        return java.util.Set.of("distribution");
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (Database db = TestDatabase.fresh()) {
            DistributionService service = new RewardServices(db, RewardPolicy.Preset.BEIJING.policy()).distributions;
            Deal deal = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE).e1Licence("E1", true);
            Distribution saved = service.saveDraft(service.proposeCash(deal.id(),
                    List.of(deal.receipts().get(0).id())).distribution());
            service.revoke(saved.id(), LocalDate.of(2026, 11, 22), "录入错误");
            return AuditRowsOnH2.cases(db, "distribution").toList().stream();
        }
    }

    /** The examples: "kind CASH", "rate 0.500000". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rate|0.500000|50%",
        "rate|0.333333|33.3333%",
        "net|1857400.00|¥1,857,400.00",
        "pool|0.00|¥0.00",
        "lines|R001 520072.00 paid 2026-12-01|R001 ¥520,072.00 发放日期 2026-12-01",
    })
    void valuesReadAsUsersKnowThem(String field, String stored, String shown) {
        I18n.setLocale(I18n.CHINESE);
        org.assertj.core.api.Assertions.assertThat(labels.display("distribution", field, stored)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"CASH", "EQUITY"})
    void kindsReadByTheirLabels(DistributionKind kind) {
        I18n.setLocale(I18n.CHINESE);
        org.assertj.core.api.Assertions.assertThat(labels.display("distribution", "kind", kind.name()))
                .isEqualTo(kind.label()).isNotEqualTo(kind.name());
    }
}
