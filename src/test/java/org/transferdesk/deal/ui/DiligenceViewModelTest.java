package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DiligenceItem;
import org.transferdesk.deal.DiligenceService;
import org.transferdesk.deal.DiligenceStatus;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.persistence.DiligenceRepository;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.FakeDialogService;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class DiligenceViewModelTest {
    @TempDir
    Path dataRoot;
    @TempDir
    Path outside;
    private Database db;
    private DiligenceViewModel vm;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Path> opened = new ArrayList<>();
    private Deal deal;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        db.executeRaw("INSERT INTO deal (contract_no, mode, title, contract_amount) VALUES ('JS-1', 'TRANSFER', '转让', 0)");
        long id = ((Number) db.dsl().fetchValue("SELECT MAX(id) FROM deal")).longValue();
        deal = DealBuilder.deal().mode(DealMode.TRANSFER).id(id).contractNo("JS-1").title("转让")
                .contractAmount(BigDecimal.ZERO).pricing(PricingMethod.LISTED).status(DealStatus.DRAFT).build();
        vm = new DiligenceViewModel(new DiligenceService(new org.transferdesk.common.FileStore(dataRoot), new DiligenceRepository(db.dsl()), TestDatabase.CLOCK),
                new CurrentThreadTaskExecutor(), dialogs, opened::add);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void select(DiligenceItem item) {
        vm.checklist().selected().set(vm.checklist().entries().get(item.ordinal()));
    }

    @Test
    void load_listsEveryItem_andCountsTheMissingOnes() {
        vm.load(deal);
        assertThat(vm.checklist().entries()).hasSize(DiligenceItem.values().length);
        assertThat(vm.status().missingCount().get()).isEqualTo(4);
        assertThat(vm.status().summary().get()).isEqualTo(I18n.t("diligenceFile.missing", 4L));
    }

    @Test
    void attach_thenOpenAndRemove_updateTheChecklist() throws IOException {
        vm.load(deal);
        select(DiligenceItem.PRICING_EVIDENCE);
        dialogs.fileAnswer = Files.writeString(outside.resolve("挂牌结果.pdf"), "abc");
        vm.attach();

        assertThat(vm.checklist().entries().get(DiligenceItem.PRICING_EVIDENCE.ordinal()).status()).isEqualTo(DiligenceStatus.DONE);
        assertThat(vm.status().missingCount().get()).isEqualTo(3);
        assertThat(vm.files().attachments()).extracting(a -> a.fileName()).containsExactly("挂牌结果.pdf");

        vm.files().selected().set(vm.files().attachments().get(0));
        vm.open();
        assertThat(opened).hasSize(1);
        assertThat(Files.readString(opened.get(0))).isEqualTo("abc");

        dialogs.confirmAnswer = false;
        vm.remove();
        assertThat(vm.files().attachments()).hasSize(1);
        dialogs.confirmAnswer = true;
        vm.remove();
        assertThat(vm.files().attachments()).isEmpty();
        assertThat(vm.status().missingCount().get()).isEqualTo(4);
    }

    @Test
    void notApplicable_needsANote_andThenCountsAsSettled() {
        vm.load(deal);
        select(DiligenceItem.CO_OWNERS_CONSENT);
        vm.checklist().note().set(" ");
        vm.markNotApplicable();
        assertThat(vm.status().message().get()).isEqualTo(I18n.t("diligenceFile.noteRequired",
                DiligenceItem.CO_OWNERS_CONSENT.label()));
        assertThat(vm.status().missingCount().get()).isEqualTo(4);

        vm.checklist().note().set("无共有人");
        vm.markNotApplicable();
        assertThat(vm.status().missingCount().get()).isEqualTo(3);
        assertThat(vm.checklist().selected().get().status()).isEqualTo(DiligenceStatus.NOT_APPLICABLE);

        vm.clearNotApplicable();
        assertThat(vm.status().missingCount().get()).isEqualTo(4);
    }

    @Test
    void unsavedDeal_saysSaveFirst_andOffersNoItemCommands() {
        vm.load(Deal.draft(DealMode.LICENSE));
        assertThat(vm.status().summary().get()).isEqualTo(I18n.t("diligenceFile.saveFirst"));
        select(DiligenceItem.SIGNED_CONTRACT);
        assertThat(vm.noItemCommands().get()).isTrue();
    }
}
