package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.KeystrokeComparisons;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class CounterpartyViewModelsTest {
    private static final String VALID_CODE = "91350100M000100Y43";
    private static final String FAILING_CODE = "91350100M000100Y44";

    private Database db;
    private CounterpartyService counterparties;
    private DealService deals;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final DataEvents events = new DataEvents();
    private final List<DataEvents.Change> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        counterparties = new CounterpartyService(new CounterpartyRepository(db.dsl()), TestDatabase.CLOCK);
        deals = new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()), new AuditRepository(db.dsl()),
                new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);
        events.subscribe(published::add);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Counterparty add(String name, String code, String region, String industry, EnterpriseSize size) {
        return counterparties.save(new Counterparty(null, name, code, region, null, industry, null, size, null, 0));
    }

    private long addDeal(String contractNo, long counterpartyId) {
        db.executeRaw("INSERT INTO deal (contract_no, mode, title, contract_amount, counterparty_id) VALUES ('"
                + contractNo + "', 'SERVICE', '技术服务', 1000, " + counterpartyId + ")");
        return ((Number) db.dsl().fetchValue("SELECT MAX(id) FROM deal")).longValue();
    }

    private CounterpartyEditorViewModel editor() {
        return new CounterpartyEditorViewModel(counterparties, deals, new CurrentThreadTaskExecutor(), dialogs, events);
    }

    @Test
    void list_filtersAsYouType_andByFacets_withTotals() {
        add("北京某某科技有限公司", VALID_CODE, "北京", "软件", EnterpriseSize.SMALL);
        add("上海某某材料有限公司", null, "上海", "材料", EnterpriseSize.LARGE);
        add("上海另一家有限公司", null, "上海", "软件", EnterpriseSize.SMALL);
        CounterpartyListViewModel vm = new CounterpartyListViewModel(counterparties, new CurrentThreadTaskExecutor(),
                events);
        vm.load();
        assertThat(vm.totalCount()).isEqualTo(3);
        assertThat(vm.filters().region().choices()).containsExactly("北京", "上海");
        assertThat(vm.filters().industry().choices()).containsExactlyInAnyOrder("材料", "软件");

        vm.searchTextProperty().set("m000100");
        assertThat(vm.shownCount()).isEqualTo(1);
        vm.clearFilters();
        vm.filters().region().set("上海");
        vm.filters().size().set(EnterpriseSize.SMALL);
        assertThat(vm.rows()).extracting(Counterparty::name).containsExactly("上海另一家有限公司");
        assertThat(vm.totalsProperty().get()).isEqualTo(I18n.t("counterpartyList.totals", 3, 1));
        assertThat(vm.visibleRowsForExport()).hasSize(1);
        assertThat(vm.visibleRowsForExport().get(0)).hasSameSizeAs(vm.exportHeaders());
        vm.clearFilters();
        // issue 20: the filter of a sorted table compares no rows
        assertThat(KeystrokeComparisons.count(vm.sortedRows(), vm.searchTextProperty())).isZero();
    }

    @Test
    void editor_failingCreditCode_isAWarningThatDoesNotBlockSaving() {
        CounterpartyEditorViewModel vm = editor();
        vm.load(null, () -> { });
        vm.form().name().set("杭州某某生物有限公司");
        vm.form().creditCode().set(FAILING_CODE);
        vm.validateField("creditCode");
        assertThat(vm.fieldWarnings()).containsKey("creditCode");
        assertThat(vm.fieldErrors()).isEmpty();
        assertThat(vm.isDirty()).isTrue();

        boolean[] saved = new boolean[1];
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isTrue();
        assertThat(counterparties.findAll()).extracting(Counterparty::creditCode).containsExactly(FAILING_CODE);
        assertThat(vm.fieldWarnings()).containsKey("creditCode");
        assertThat(vm.windowTitleProperty().get()).contains("杭州某某生物有限公司");
        assertThat(vm.isDirty()).isFalse();
        assertThat(published).isNotEmpty();
    }

    @Test
    void editor_unmappedTextWarns_untilAProvinceAndSectionAreChosen_andTheTextIsKept() {
        Counterparty c = add("深圳某某电子有限公司", null, "深圳南山", "电子", null);
        CounterpartyEditorViewModel vm = editor();
        vm.load(c.id(), () -> { });
        assertThat(vm.fieldWarnings()).containsOnlyKeys("province", "industrySection");
        assertThat(vm.fieldWarnings().get("province")).contains("深圳南山");
        assertThat(vm.asWritten("province")).contains("深圳南山");
        assertThat(vm.isDirty()).isFalse();

        vm.form().province().set(Province.GUANGDONG);
        assertThat(vm.fieldWarnings()).containsOnlyKeys("industrySection");
        vm.form().industrySection().set(IndustrySection.C);
        assertThat(vm.fieldWarnings()).isEmpty();
        assertThat(vm.isDirty()).isTrue();
        vm.save(ok -> { });

        assertThat(counterparties.find(c.id()).orElseThrow()).extracting(Counterparty::region, Counterparty::province,
                Counterparty::industry, Counterparty::industrySection)
                .containsExactly("深圳南山", Province.GUANGDONG, "电子", IndustrySection.C);
        assertThat(new CounterpartyRepository(db.dsl()).unmappedText()).isEmpty();
        // the text stays visible under the choice while it differs from the chosen name
        assertThat(vm.asWritten("industrySection")).contains("电子");
        vm.form().industry().set(IndustrySection.C.label());
        assertThat(vm.asWritten("industrySection")).isEmpty();
    }

    @Test
    void editor_blankNameAndDuplicate_areRefused_andNothingIsWritten() {
        add("北京某某科技有限公司", VALID_CODE, null, null, null);
        CounterpartyEditorViewModel vm = editor();
        vm.load(null, () -> { });
        boolean[] saved = {true};
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isFalse();
        assertThat(vm.fieldErrors()).containsKey("name");

        vm.form().name().set("北京某某科技 有限公司 ");
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isFalse();
        assertThat(vm.problems()).singleElement().asString().contains("北京某某科技有限公司");
        assertThat(counterparties.findAll()).hasSize(1);
    }

    @Test
    void editor_listsDeals_andMergesTheChosenDuplicateIntoTheKeptRecord() {
        Counterparty a = add("某某科技有限公司", null, null, null, null);
        Counterparty b = add("某某科技股份公司", VALID_CODE, null, null, null);
        addDeal("FW-1", a.id());
        addDeal("FW-2", b.id());
        CounterpartyEditorViewModel vm = editor();
        vm.load(a.id(), () -> { });
        assertThat(vm.deals()).extracting(d -> d.contractNo()).containsExactly("FW-1");
        assertThat(vm.mergeCandidates()).extracting(Counterparty::id).containsExactly(b.id());

        vm.mergeOtherProperty().set(b);
        vm.keepThisProperty().set(false);
        dialogs.confirmAnswer = false;
        vm.merge();
        assertThat(counterparties.findAll()).hasSize(2);

        dialogs.confirmAnswer = true;
        vm.merge();
        assertThat(counterparties.findAll()).extracting(Counterparty::id).containsExactly(b.id());
        assertThat(vm.form().name().get()).isEqualTo("某某科技股份公司");
        assertThat(vm.deals()).extracting(d -> d.contractNo()).containsExactlyInAnyOrder("FW-1", "FW-2");
    }
}
