package org.transferdesk.need.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.need.Need;
import org.transferdesk.need.NeedFixture;
import org.transferdesk.need.NeedMove;
import org.transferdesk.need.NeedSource;
import org.transferdesk.need.NeedStatus;

/** The needs register on the database (H2, and PostgreSQL when TRANSFERDESK_TEST_PG_URL is set). */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class NeedRepositoryTest {
    private NeedFixture f;
    private Counterparty company;

    @BeforeEach
    void setUp(Database db) {
        f = new NeedFixture(db);
        company = f.company("西安某某新材料有限公司");
    }

    @Test
    void aSavedNeed_readsBackWhole_withItsCompanyResultsAndFirstMove() {
        Need saved = f.needs.save(NeedFixture.withResults(NeedFixture.need(company, "高容量锂电池负极材料开发"),
                List.of(f.result(0), f.result(1))));
        Need read = f.needs.find(saved.id()).orElseThrow();
        assertThat(read.counterpartyName()).isEqualTo("西安某某新材料有限公司");
        assertThat(read.title()).isEqualTo("高容量锂电池负极材料开发");
        assertThat(read.budgetMin()).isEqualByComparingTo("100000.00");
        assertThat(read.budgetMax()).isEqualByComparingTo("500000.00");
        assertThat(read.deadline()).isEqualTo(NeedFixture.TODAY.plusDays(20));
        assertThat(read.contact().email()).isEqualTo("wang@example.cn");
        assertThat(read.source()).isEqualTo(NeedSource.VISIT);
        assertThat(read.results()).extracting(r -> r.disclosureId())
                .containsExactlyInAnyOrder(f.result(0).disclosureId(), f.result(1).disclosureId());
        assertThat(read.moves()).containsExactly(new NeedMove(null, NeedStatus.OPEN, NeedFixture.TODAY,
                read.moves().get(0).by(), null));
        assertThat(f.needs.history(saved.id())).hasSize(1);
    }

    @Test
    void openBudgetBounds_areKeptBlank() {
        Need n = NeedFixture.need(company, "薄板激光焊接变形控制");
        Need open = new Need(null, n.counterpartyId(), n.counterpartyName(), null, n.title(), null, null, null,
                new BigDecimal("80000.00"), null, null, NeedSource.FAIR, NeedStatus.OPEN, null, List.of(), null, null,
                List.of(), 0);
        Need read = f.needs.find(f.needs.save(open).id()).orElseThrow();
        assertThat(read.budgetMin()).isNull();
        assertThat(read.budgetMax()).isEqualByComparingTo("80000.00");
        assertThat(read.deadline()).isNull();
    }

    @Test
    void aNewCompany_isRecordedWithTheNeed_inOneSave() {
        Need n = NeedFixture.need(company, "产品表面缺陷视觉检测系统");
        Need typed = new Need(null, null, null, Counterparty.create("宝鸡某某精密制造有限公司"), n.title(), null, null,
                null, null, null, null, NeedSource.GOVERNMENT_LIST, NeedStatus.OPEN, null, List.of(), null, null,
                List.of(), 0);
        Need saved = f.needs.save(typed);
        assertThat(saved.counterpartyName()).isEqualTo("宝鸡某某精密制造有限公司");
        assertThat(f.counterparties.findAll()).extracting(Counterparty::name).contains("宝鸡某某精密制造有限公司");
    }

    @Test
    void aNewCompanyThatExists_isRefused_andNothingIsWritten() {
        Need n = NeedFixture.need(company, "重复企业的需求");
        Need typed = new Need(null, null, null, Counterparty.create("西安某某新材料 有限公司"), n.title(), null, null,
                null, null, null, null, NeedSource.VISIT, NeedStatus.OPEN, null, List.of(), null, null, List.of(), 0);
        assertThatThrownBy(() -> f.needs.save(typed)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("counterparty.duplicate");
        assertThat(f.needs.list()).isEmpty();
        assertThat(f.counterparties.findAll()).hasSize(1);
    }

    @Test
    void moves_areRecordedInOrder_andClosingKeepsItsReason() {
        Need n = f.needs.save(NeedFixture.need(company, "耐高温陶瓷涂层制备工艺"));
        n = f.needs.move(n, NeedStatus.MATCHED, null);
        n = f.needs.move(n, NeedStatus.CLOSED, " 企业已与其他单位合作 ");
        Need read = f.needs.find(n.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(NeedStatus.CLOSED);
        assertThat(read.closedReason()).isEqualTo("企业已与其他单位合作");
        assertThat(read.moves()).extracting(NeedMove::to)
                .containsExactly(NeedStatus.OPEN, NeedStatus.MATCHED, NeedStatus.CLOSED);
        Need closed = read;
        assertThatThrownBy(() -> f.needs.move(closed, NeedStatus.OPEN, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aStaleSave_isRefused() {
        Need n = f.needs.save(NeedFixture.need(company, "数控机床故障预测与健康管理"));
        f.needs.move(n, NeedStatus.MATCHED, null);
        assertThatThrownBy(() -> f.needs.save(n)).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void draftDeal_isMadeByTheDealService_andLinkedToTheNeed() {
        Need n = f.negotiating(company, "高容量锂电池负极材料开发", f.result(2));
        Deal deal = f.needs.draftDeal(n, f.result(2));
        Deal stored = f.deals.find(deal.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(DealStatus.DRAFT);
        assertThat(stored.mode()).isEqualTo(DealMode.TRANSFER);
        assertThat(stored.title()).isEqualTo("高容量锂电池负极材料开发");
        assertThat(stored.counterpartyId()).isEqualTo(company.id());
        assertThat(stored.results()).extracting(r -> r.disclosureId()).containsExactly(f.result(2).disclosureId());
        Need linked = f.needs.find(n.id()).orElseThrow();
        assertThat(linked.dealId()).isEqualTo(deal.id());
        assertThat(linked.dealNo()).isEqualTo(stored.contractNo());
        assertThatThrownBy(() -> f.needs.draftDeal(linked, f.result(2))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("need.draft.hasDeal");
    }

    @Test
    void draftDeal_onlyFromANeedInNegotiation() {
        Need n = f.needs.save(NeedFixture.need(company, "尚未洽谈的需求"));
        assertThatThrownBy(() -> f.needs.draftDeal(n, f.result(0))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("need.draft.notNegotiating");
        assertThat(f.deals.list()).isEmpty();
    }

    @Test
    void deadlinesWithin30Days_areTheOpenNeedsFromTodayOn() {
        Need soon = f.needs.save(NeedFixture.need(company, "三十天内截止"));
        Need n = NeedFixture.need(company, "截止在三十一天后");
        f.needs.save(new Need(null, n.counterpartyId(), n.counterpartyName(), null, n.title(), null, null, null, null,
                NeedFixture.TODAY.plusDays(31), null, NeedSource.VISIT, NeedStatus.OPEN, null, List.of(), null, null,
                List.of(), 0));
        Need closed = f.needs.save(NeedFixture.need(company, "已关闭"));
        f.needs.move(closed, NeedStatus.CLOSED, "企业撤回");
        assertThat(f.needs.deadlinesWithin(30)).extracting(Need::id).containsExactly(soon.id());
    }

    @Test
    void mergingCompanies_movesTheDuplicatesNeeds() {
        Counterparty duplicate = f.company("西安某某新材料（集团）有限公司");
        Need n = f.needs.save(NeedFixture.need(duplicate, "高导热聚合物复合材料"));
        f.counterparties.merge(company.id(), duplicate.id());
        assertThat(f.needs.find(n.id()).orElseThrow().counterpartyId()).isEqualTo(company.id());
    }
}
