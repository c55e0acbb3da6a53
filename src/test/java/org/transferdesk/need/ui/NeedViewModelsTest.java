package org.transferdesk.need.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.ui.LinkedResultsViewModel;
import org.transferdesk.need.Need;
import org.transferdesk.need.NeedFixture;
import org.transferdesk.need.NeedSource;
import org.transferdesk.need.NeedStatus;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;

/** The needs list and editor view models without the toolkit: facets, search, the editor's save, moves and 起草合同. */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class NeedViewModelsTest {
    private NeedFixture f;
    private Counterparty company;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final DataEvents events = new DataEvents();
    private final List<Long> openedDeals = new ArrayList<>();
    private NeedEditorViewModel editor;

    @BeforeEach
    void setUp(Database db) {
        I18n.setLocale(I18n.CHINESE);
        f = new NeedFixture(db);
        company = f.company("西安某某新材料有限公司");
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        editor = new NeedEditorViewModel(f.needs, new LinkedResultsViewModel(f.search, executor), executor, dialogs,
                events, openedDeals::add);
    }

    @Test
    void list_filtersByStatusSourceAndField_andSearchesTheCompany() {
        f.needs.save(NeedFixture.need(company, "高容量锂电池负极材料开发"));
        Need other = f.needs.save(NeedFixture.need(f.company("宝鸡某某精密制造有限公司"), "薄板激光焊接变形控制"));
        f.needs.move(other, NeedStatus.MATCHED, null);
        NeedListViewModel list = new NeedListViewModel(f.needs, new CurrentThreadTaskExecutor(), events);
        list.load();
        assertThat(list.totalCount()).isEqualTo(2);
        list.filters().status().set(NeedStatus.MATCHED);
        assertThat(list.rows()).extracting(Need::title).containsExactly("薄板激光焊接变形控制");
        list.clearFilters();
        list.filters().source().set(NeedSource.FAIR);
        assertThat(list.shownCount()).isZero();
        list.clearFilters();
        assertThat(list.filters().field().choices()).containsExactly("新材料");
        list.searchTextProperty().set("宝鸡");
        assertThat(list.rows()).extracting(Need::title).containsExactly("薄板激光焊接变形控制");
        assertThat(list.totalsProperty().get()).isEqualTo("共 2 项需求，显示 1 项");
        assertThat(NeedListViewModel.budget(list.rows().get(0))).isEqualTo("100,000.00 – 500,000.00");
    }

    @Test
    void editor_savesANeedForACompanyTypedIn_andShowsItsStatus() {
        editor.load(null, () -> { });
        assertThat(editor.windowTitleProperty().get()).isEqualTo("新建企业技术需求");
        editor.newCompany("  渭南某某农业科技有限公司 ", c -> { });
        editor.form().newCompanyCode().set("91610000ma6txxxx0x");
        editor.form().title().set("设施蔬菜水肥一体化智能控制");
        editor.form().budgetMin().set("50,000");
        editor.form().budgetMax().set("50000.00");
        assertThat(editor.isDirty()).isTrue();
        boolean[] saved = new boolean[1];
        editor.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isTrue();
        Need stored = editor.session().stored();
        assertThat(stored.counterpartyName()).isEqualTo("渭南某某农业科技有限公司");
        assertThat(stored.budgetMin()).isEqualByComparingTo(stored.budgetMax());
        assertThat(editor.status().currentLabel().get()).isEqualTo("待对接");
        assertThat(editor.status().allowedNext()).containsExactly(NeedStatus.MATCHED, NeedStatus.CLOSED);
        assertThat(editor.isDirty()).isFalse();
        assertThat(f.counterparties.findAll()).extracting(Counterparty::creditCode).contains("91610000MA6TXXXX0X");
    }

    @Test
    void editor_refusesABudgetThatIsNoAmount_orMinAboveMaxByAFen_andWritesNothing() {
        editor.load(null, () -> { });
        editor.form().company().set(company);
        editor.form().title().set("耐高温陶瓷涂层制备工艺");
        editor.form().budgetMin().set("十万");
        editor.save(ok -> { });
        assertThat(editor.problems()).singleElement().asString().contains("十万");
        editor.form().budgetMin().set("200000.01");
        editor.form().budgetMax().set("200000.00");
        editor.save(ok -> { });
        assertThat(editor.fieldErrors()).containsKey("budget");
        assertThat(f.needs.list()).isEmpty();
    }

    @Test
    void editor_closingWithoutAReason_isRefused_withAReason_isRecorded() {
        Need n = f.needs.save(NeedFixture.need(company, "污泥低成本干化处置"));
        editor.load(n.id(), () -> { });
        editor.move(NeedStatus.CLOSED);
        assertThat(editor.problems()).singleElement().asString().contains("原因");
        editor.closeReasonProperty().set("企业已与其他单位合作");
        editor.move(NeedStatus.CLOSED);
        assertThat(editor.status().currentLabel().get()).isEqualTo("已关闭");
        assertThat(editor.moves()).hasSize(2);
        assertThat(editor.status().allowedNext()).isEmpty();
    }

    @Test
    void editor_draftsTheDeal_opensIt_andShowsItLinked() {
        Need n = f.negotiating(company, "高容量锂电池负极材料开发", f.result(1));
        editor.load(n.id(), () -> { });
        assertThat(editor.mayDraftDealProperty().get()).isTrue();
        assertThat(editor.dealResultProperty().get()).isEqualTo(f.result(1));
        editor.draftDeal();
        assertThat(openedDeals).hasSize(1);
        Deal deal = f.deals.find(openedDeals.get(0)).orElseThrow();
        assertThat(deal.status()).isEqualTo(DealStatus.DRAFT);
        assertThat(deal.counterpartyId()).isEqualTo(company.id());
        assertThat(deal.results()).containsExactly(f.result(1));
        assertThat(editor.dealTextProperty().get()).isEqualTo(deal.contractNo());
        assertThat(editor.mayDraftDealProperty().get()).isFalse();
    }
}
