package org.transferdesk.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.persistence.DealObligationRepository;
import org.transferdesk.deal.persistence.DealRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** Obligations saved as a list: replace keeps ids, refusals write nothing, the change is audited, open() filters. */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class DealObligationServiceTest {
    private static final LocalDate MARCH = LocalDate.of(2027, 3, 31);
    private static final LocalDate JUNE = LocalDate.of(2027, 6, 30);

    private Database db;
    private DealObligationRepository repository;
    private DealObligationService service;
    private AuditRepository audit;
    private long dealId;

    @BeforeEach
    void setUp(Database db) {
        this.db = db;
        repository = new DealObligationRepository(db.dsl());
        service = new DealObligationService(repository, TestDatabase.CLOCK);
        audit = new AuditRepository(db.dsl());
        dealId = deal("JS-1", "SIGNED", null);
    }

    private long deal(String no, String status, Long counterpartyId) {
        db.dsl().insertInto(org.transferdesk.db.jooq.Tables.DEAL)
                .set(org.transferdesk.db.jooq.Tables.DEAL.CONTRACT_NO, no)
                .set(org.transferdesk.db.jooq.Tables.DEAL.MODE, "LICENSE")
                .set(org.transferdesk.db.jooq.Tables.DEAL.TITLE, "许可 " + no)
                .set(org.transferdesk.db.jooq.Tables.DEAL.CONTRACT_AMOUNT, java.math.BigDecimal.ZERO)
                .set(org.transferdesk.db.jooq.Tables.DEAL.STATUS, status)
                .set(org.transferdesk.db.jooq.Tables.DEAL.COUNTERPARTY_ID, counterpartyId).execute();
        return db.dsl().select(org.transferdesk.db.jooq.Tables.DEAL.ID).from(org.transferdesk.db.jooq.Tables.DEAL)
                .where(org.transferdesk.db.jooq.Tables.DEAL.CONTRACT_NO.eq(no)).fetchOne().value1();
    }

    private static DealObligation report(LocalDate due, String text) {
        return new DealObligation(null, ObligationKind.REPORT, due, text);
    }

    private List<AuditEntry> obligationAudit() {
        return audit.history(DealRepository.ENTITY, dealId).stream()
                .filter(e -> e.changes().stream().anyMatch(c -> c.field().equals("obligations"))).toList();
    }

    @Test
    void replace_keepsTheOrder_andTheIdsOfRowsStillThere() {
        List<DealObligation> first = service.save(dealId, List.of(report(JUNE, "2027 年度实施报告"),
                new DealObligation(null, ObligationKind.MILESTONE, MARCH, "  完成中试  ")));
        assertThat(first).extracting(DealObligation::description).containsExactly("2027 年度实施报告", "完成中试");
        assertThat(first).allMatch(o -> o.id() != null);

        DealObligation kept = first.get(1);
        List<DealObligation> second = service.save(dealId, List.of(
                new DealObligation(kept.id(), kept.kind(), kept.dueOn(), "完成中试并提交报告"),
                new DealObligation(null, ObligationKind.OTHER, JUNE, "保密义务")));
        assertThat(second).extracting(DealObligation::id).first().isEqualTo(kept.id());
        assertThat(second).extracting(DealObligation::description).containsExactly("完成中试并提交报告", "保密义务");
        assertThat(service.ofDeal(dealId)).isEqualTo(second);

        service.save(dealId, List.of());
        assertThat(service.ofDeal(dealId)).isEmpty();
    }

    @Test
    void repositoryReplace_withoutActor_writesRowsButNoAudit() {
        repository.replace(dealId, List.of(report(MARCH, "a"), report(JUNE, "b")));
        assertThat(repository.ofDeal(dealId)).extracting(DealObligation::description).containsExactly("a", "b");
        assertThat(obligationAudit()).isEmpty();
    }

    @Test
    void save_isAuditedOnTheDeal_andAnUnchangedListWritesNoRow() {
        List<DealObligation> saved = service.save(dealId, List.of(report(MARCH, "年度报告")));
        assertThat(obligationAudit()).hasSize(1);
        AuditEntry entry = obligationAudit().get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.changes().get(0).before()).isNull();
        assertThat(entry.changes().get(0).after()).isEqualTo("2027-03-31 REPORT 年度报告");

        service.save(dealId, saved);
        assertThat(obligationAudit()).hasSize(1);

        service.save(dealId, List.of());
        assertThat(obligationAudit()).hasSize(2);
        assertThat(obligationAudit().get(0).changes().get(0).after()).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL,   2027-03-31, text, obligation.kindRequired",
            "REPORT, NULL,       text, obligation.dueOnRequired",
            "REPORT, 2027-03-31, '  ', obligation.descriptionRequired",
            "REPORT, 2027-03-31, NULL, obligation.descriptionRequired",
            "REPORT, 2027-03-31, LONG, obligation.descriptionTooLong",
    })
    void refusal_namesTheRow_andChangesNothing(String kind, LocalDate due, String text, String key) {
        service.save(dealId, List.of(report(MARCH, "已有的义务")));
        int auditRows = audit.count();
        String description = "LONG".equals(text) ? "字".repeat(301) : text;
        List<DealObligation> rows = new ArrayList<>(List.of(report(JUNE, "新的义务"),
                new DealObligation(null, kind == null ? null : ObligationKind.valueOf(kind), due, description)));

        assertThatThrownBy(() -> service.save(dealId, rows)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.problems()).extracting(Problem::key).containsExactly(key);
            assertThat(e.problems().get(0).args()[0]).isEqualTo(2);
        });
        assertThat(service.ofDeal(dealId)).extracting(DealObligation::description).containsExactly("已有的义务");
        assertThat(audit.count()).isEqualTo(auditRows);
    }

    @Test
    void descriptionOfExactly300Characters_isAccepted() {
        service.save(dealId, List.of(report(MARCH, "字".repeat(300))));
        assertThat(service.ofDeal(dealId)).hasSize(1);
    }

    @Test
    void messages_inBothLanguages() {
        Problem p = DealObligationService.validate(List.of(new DealObligation(null, null, MARCH, "x"))).get(0);
        I18n.setLocale(I18n.CHINESE);
        assertThat(p.message()).isEqualTo("第 1 项义务：请选择类别。");
        I18n.setLocale(I18n.ENGLISH);
        assertThat(p.message()).isEqualTo("Obligation 1: choose the kind.");
        assertThat(ObligationKind.REPORT.label()).isEqualTo("Licensee report");
        I18n.setLocale(I18n.CHINESE);
        assertThat(ObligationKind.MILESTONE.label()).isEqualTo("里程碑");
    }

    @Test
    void saveOnADealThatIsGone_isRefused() {
        assertThatThrownBy(() -> service.save(dealId + 1000, List.of(report(MARCH, "x"))))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void open_listsObligationsOfRunningDealsOnly_earliestFirst() {
        db.executeRaw("INSERT INTO counterparty (name, name_key) VALUES ('杭州某某有限公司', 'hz')");
        long cp = ((Number) db.dsl().fetchValue("SELECT MAX(id) FROM counterparty")).longValue();
        long performing = deal("JS-2", "PERFORMING", cp);
        long terminated = deal("JS-3", "TERMINATED", null);
        long completed = deal("JS-4", "COMPLETED", null);
        service.save(dealId, List.of(report(JUNE, "签约方报告")));
        service.save(performing, List.of(new DealObligation(null, ObligationKind.MILESTONE, MARCH, "中试")));
        service.save(terminated, List.of(report(MARCH, "已终止")));
        service.save(completed, List.of(report(MARCH, "已完成")));

        List<ObligationRow> open = service.open();
        assertThat(open).extracting(ObligationRow::description).containsExactly("中试", "签约方报告");
        ObligationRow first = open.get(0);
        assertThat(first.dealId()).isEqualTo(performing);
        assertThat(first.contractNo()).isEqualTo("JS-2");
        assertThat(first.dealTitle()).isEqualTo("许可 JS-2");
        assertThat(first.counterparty()).isEqualTo("杭州某某有限公司");
        assertThat(first.kind()).isEqualTo(ObligationKind.MILESTONE);
        assertThat(first.dueOn()).isEqualTo(MARCH);
        assertThat(open.get(1).counterparty()).isNull();
    }
}
