package org.transferdesk.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Problem;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.institution.persistence.InstitutionRepository;
import org.junit.jupiter.api.Tag;

/** The register of jointly built institutions (R-REPORT-PARTS (4)) on a migrated H2, on a clock in 2026. */
@Tag(TestDatabase.TAG)
class InstitutionServiceTest {
    private final Database db = TestDatabase.fresh();
    private final CounterpartyService counterparties = new CounterpartyService(new CounterpartyRepository(db.dsl()),
            TestDatabase.CLOCK);
    private final InstitutionService service = new InstitutionService(new InstitutionRepository(db.dsl()),
            counterparties, TestDatabase.clockOn(LocalDate.of(2026, 11, 22)));

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static JointInstitution institution(String name, InstitutionKind kind, String partner, Integer founded,
                                                Integer closed) {
        return new JointInstitution(null, name, kind, null, partner, founded, closed, null, 0);
    }

    @ParameterizedTest(name = "{0} / {1} / {2}–{3}: {4}")
    @CsvSource(textBlock = """
            联合实验室, 甲公司, 2026, ,     ''
            联合实验室, 甲公司, 2027, ,     foundedYear
            联合实验室, 甲公司, 1949, ,     ''
            联合实验室, 甲公司, 1948, ,     foundedYear
            联合实验室, 甲公司, ,     ,     foundedYear
            联合实验室, 甲公司, 2020, 2020, ''
            联合实验室, 甲公司, 2020, 2019, closedYear
            联合实验室, 甲公司, 2020, 2026, ''
            联合实验室, 甲公司, 2020, 2027, closedYear
            '  ',       甲公司, 2020, ,     name
            联合实验室, '',     2020, ,     partner
            """)
    void validation_nameAndPartnerRequired_foundedNotInTheFuture_closedNotBeforeFounded(String name, String partner,
                                                                                      Integer founded, Integer closed,
                                                                                      String errorField) {
        List<Problem> problems = service.validate(institution(name, InstitutionKind.JOINT_RD, partner, founded, closed));
        assertThat(problems).extracting(Problem::field)
                .containsExactly(errorField.isEmpty() ? new String[0] : new String[] {errorField});
    }

    @Test
    void messages_nameTheYearsAsWritten() {
        assertThat(service.validate(institution("X", InstitutionKind.OTHER, "甲", 2027, null)))
                .singleElement().extracting(Problem::message).asString().contains("2027", "2026").doesNotContain("2,0");
        assertThat(service.validate(new JointInstitution(null, "X", null, null, "甲", 2020, null, "x".repeat(501), 0)))
                .extracting(Problem::field).containsExactly("kind", "note");
    }

    @Test
    void save_insertsUpdatesAndDeletes_auditedLikeOtherRecords_andRefusesAStaleVersion() {
        Counterparty company = counterparties.save(Counterparty.create("甲科技有限公司"));
        JointInstitution saved = service.save(new JointInstitution(null, " 智能制造联合研究院 ",
                InstitutionKind.JOINT_RD, company.id(), "ignored", 2021, null, " ", 0));
        assertThat(saved).extracting(JointInstitution::name, JointInstitution::partnerName, JointInstitution::note,
                JointInstitution::version).containsExactly("智能制造联合研究院", "甲科技有限公司", null, 0);

        JointInstitution closed = service.save(new JointInstitution(saved.id(), saved.name(), InstitutionKind.PLATFORM,
                null, "乙公司", 2021, 2025, "转为企业独立运营", saved.version()));
        assertThat(closed).extracting(JointInstitution::kind, JointInstitution::counterpartyId,
                JointInstitution::partnerName, JointInstitution::closedYear, JointInstitution::version)
                .containsExactly(InstitutionKind.PLATFORM, null, "乙公司", 2025, 1);
        assertThatThrownBy(() -> service.save(saved)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> service.save(institution("", InstitutionKind.OTHER, "甲", 2020, null)))
                .isInstanceOf(ValidationException.class);

        assertThat(service.delete(saved.id())).isTrue();
        assertThat(service.delete(saved.id())).isFalse();
        assertThat(service.findAll()).isEmpty();
        assertThat(new AuditRepository(db.dsl()).history(InstitutionRepository.ENTITY, saved.id()))
                .extracting(e -> e.action()).containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
    }

    @Test
    void activeByKind_countsTheYearsItExisted() {
        service.save(institution("A", InstitutionKind.JOINT_RD, "甲", 2020, null));
        service.save(institution("B", InstitutionKind.JOINT_RD, "乙", 2022, 2023));
        service.save(institution("C", InstitutionKind.TRANSFER_BODY, "丙", 2023, 2023));
        service.save(institution("D", InstitutionKind.PLATFORM, "丁", 2024, null));

        assertThat(service.activeByKind(2019).values()).allMatch(List::isEmpty);
        assertThat(service.activeByKind(2023)).hasSize(4).satisfies(m -> {
            assertThat(m.get(InstitutionKind.JOINT_RD)).extracting(JointInstitution::name).containsExactly("B", "A");
            assertThat(m.get(InstitutionKind.TRANSFER_BODY)).extracting(JointInstitution::name).containsExactly("C");
            assertThat(m.get(InstitutionKind.PLATFORM)).isEmpty();
        });
        assertThat(service.activeByKind(2024).get(InstitutionKind.JOINT_RD)).extracting(JointInstitution::name)
                .containsExactly("A");
        assertThat(service.activeByKind(2024).get(InstitutionKind.PLATFORM)).hasSize(1);
        assertThat(new InstitutionRepository(db.dsl()).activeIn(2022)).extracting(JointInstitution::name)
                .containsExactly("B", "A");
    }

    @Test
    void mergingCounterparties_movesTheirInstitutions() {
        Counterparty kept = counterparties.save(Counterparty.create("甲科技有限公司"));
        Counterparty duplicate = counterparties.save(Counterparty.create("甲科技（集团）"));
        service.save(new JointInstitution(null, "联合实验室", InstitutionKind.JOINT_RD, duplicate.id(), null, 2022, null,
                null, 0));
        counterparties.merge(kept.id(), duplicate.id());
        assertThat(service.findAll()).extracting(JointInstitution::counterpartyId, JointInstitution::partnerName)
                .containsExactly(tuple(kept.id(), "甲科技有限公司"));
        assertThat(service.partners()).extracting(Counterparty::name).containsExactly("甲科技有限公司");
        assertThat(service.find(service.findAll().get(0).id())).isPresent();
    }
}
