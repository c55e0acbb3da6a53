package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE_STATUS_CHANGE;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PERSON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.Recommendation;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;
import org.junit.jupiter.api.Tag;

/** Enums are stored by name: every constant must fit its column (two did not, before the columns were widened). */
@Tag(TestDatabase.TAG)
class EnumColumnWidthTest {

    static Stream<Arguments> enumColumns() {
        return Stream.of(
                Arguments.of(DISCLOSURE.EVAL_RECOMMENDATION, Recommendation.values()),
                Arguments.of(DISCLOSURE.STATUS, ResultStatus.values()),
                Arguments.of(DISCLOSURE.RESULT_TYPE, ResultType.values()),
                Arguments.of(DISCLOSURE.FUNDING_SOURCE, FundingSource.values()),
                Arguments.of(DISCLOSURE_STATUS_CHANGE.FROM_STATUS, ResultStatus.values()),
                Arguments.of(DISCLOSURE_STATUS_CHANGE.TO_STATUS, ResultStatus.values()),
                Arguments.of(IP_ASSET.IP_TYPE, IpType.values()),
                Arguments.of(IP_ASSET.STATUS, IpStatus.values()),
                Arguments.of(PERSON.LEADER_ROLE, LeaderRole.values()),
                Arguments.of(AUDIT_LOG.ACTION, AuditAction.values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumColumns")
    void everyConstant_fitsItsColumn(Field<String> column, Enum<?>[] constants) {
        for (Enum<?> constant : constants) {
            assertThat(constant.name().length()).as("%s in %s", constant, column)
                    .isLessThanOrEqualTo(column.getDataType().length());
        }
    }

    @Test
    void theLongestConstants_saveAndReadBack() {
        try (Database db = TestDatabase.fresh()) {
            Person p = new PersonRepository(db.dsl()).save(Person.create("T001", "张三"), "test",
                    LocalDateTime.now(TestDatabase.CLOCK));
            DisclosureService service = new DisclosureService(new DisclosureRepository(db.dsl()),
                    new AuditRepository(db.dsl()), TestDatabase.CLOCK);
            Disclosure saved = service.save(DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED)
                    .resultNo("R-2024-0001").title("一种锂电池正极材料").disclosedOn(LocalDate.of(2024, 3, 1))
                    .resultType(ResultType.BIOMEDICAL_VARIETY).funding(FundingSource.COMMISSIONED)
                    .evaluation(new Evaluation(4, 4, 4, 4, Recommendation.PROTECT_AND_PROMOTE, null))
                    .inventors(List.of(new Inventor(p.id(), "T001", "张三", Percent.HUNDRED, true)))
                    .ipAssets(List.of(new IpAsset(null, IpType.SOFTWARE_COPYRIGHT, null, null, LocalDate.of(2024, 4, 1), null,
                            IpStatus.UNDER_EXAMINATION, "本校"))).build());

            Disclosure loaded = service.find(saved.id()).orElseThrow();
            assertThat(loaded.evaluation().recommendation()).isEqualTo(Recommendation.PROTECT_AND_PROMOTE);
            assertThat(loaded.ipAssets().get(0).status()).isEqualTo(IpStatus.UNDER_EXAMINATION);
        }
    }
}
