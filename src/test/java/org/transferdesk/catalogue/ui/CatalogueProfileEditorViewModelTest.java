package org.transferdesk.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.catalogue.CatalogueFixture;
import org.transferdesk.catalogue.CatalogueImages;
import org.transferdesk.catalogue.CataloguePublishRules.Check;
import org.transferdesk.catalogue.CooperationMode;
import org.transferdesk.catalogue.ProfileStatus;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;

/** The profile editor without the toolkit: dirty mark, refused saves, the live R-CAT-PUBLISH checklist, publishing. */
@Tag(TestDatabase.TAG)
class CatalogueProfileEditorViewModelTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    private CatalogueFixture f;
    private final FakeDialogService dialogs = new FakeDialogService();
    private CatalogueProfileEditorViewModel vm;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        f = new CatalogueFixture();
        vm = new CatalogueProfileEditorViewModel(f.catalogue, new CurrentThreadTaskExecutor(), dialogs, new DataEvents());
        vm.load(f.data.battery.id(), () -> { });
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Check check(Check.Kind kind) {
        return vm.checks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private void fillTexts() {
        vm.form().titleZh().set("高能量密度锂电池正极材料");
        vm.form().summaryZh().set("一种高镍三元正极材料，循环寿命长。");
    }

    @Test
    void aNewDraftIsCleanAndEachEditMakesItDirty() {
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.savedProperty().get()).isFalse();
        vm.form().modes().get(CooperationMode.LICENSE).set(true);
        assertThat(vm.isDirty()).isTrue();
        vm.form().modes().get(CooperationMode.LICENSE).set(false);
        assertThat(vm.isDirty()).isFalse();
        vm.form().areas().set("动力电池\n储能");
        assertThat(vm.current().offer().applicationAreas()).containsExactly("动力电池", "储能");
    }

    @Test
    void theChecklistFollowsTheForm() {
        assertThat(check(Check.Kind.PUBLIC_TEXT).blocks()).isTrue();
        assertThat(check(Check.Kind.CONSENT).blocks()).isTrue();
        assertThat(check(Check.Kind.NOT_CONFIDENTIAL).ok()).isTrue();
        fillTexts();
        assertThat(check(Check.Kind.PUBLIC_TEXT).ok()).isTrue();
        vm.recordConsentToday();
        assertThat(check(Check.Kind.CONSENT).blocks()).as("a date without its document").isTrue();
        vm.form().consentRef().set("同意书第3号");
        assertThat(check(Check.Kind.CONSENT).ok()).isTrue();
        assertThat(vm.form().consentOn().get()).isEqualTo(f.catalogue.today());
    }

    @Test
    void aTrlOutsideOneToNineIsRefusedAndNothingIsWritten() {
        fillTexts();
        vm.form().trl().set("10");
        boolean[] saved = {true};
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isFalse();
        assertThat(vm.problems()).singleElement().asString().contains("1 至 9");
        assertThat(f.catalogue.rows()).filteredOn(r -> r.disclosureId() == f.data.battery.id())
                .extracting(r -> r.status()).containsExactly(ProfileStatus.NONE);
        vm.form().trl().set("7");
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isTrue();
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.savedProperty().get()).isTrue();
    }

    @Test
    void publishingWithoutConsentIsRefusedWithoutAsking() {
        fillTexts();
        vm.publish();
        assertThat(vm.problems()).anySatisfy(p -> assertThat(p).contains("完成人同意"));
        assertThat(vm.publishedProperty().get()).isFalse();
        assertThat(f.catalogue.published()).isEmpty();
    }

    @Test
    void publishingAsksAboutTradeSecretsAndDecliningWritesNothing() {
        f.data.disclosures.save(org.transferdesk.disclosure.DisclosureBuilder.toBuilder(
                f.data.disclosures.find(f.data.battery.id()).orElseThrow())
                .abstractText("MARKER 内部摘要的句子足够长以至于被认为是抄写的。其余。").build());
        vm.load(f.data.battery.id(), () -> { });
        fillTexts();
        vm.form().summaryZh().set("简介。MARKER 内部摘要的句子足够长以至于被认为是抄写的。");
        vm.form().consentRef().set("同意书第3号");
        vm.recordConsentToday();
        assertThat(check(Check.Kind.TRADE_SECRET).ok()).isFalse();
        assertThat(check(Check.Kind.TRADE_SECRET).blocks()).isFalse();

        dialogs.confirmAnswer = false;
        vm.publish();
        assertThat(f.catalogue.published()).isEmpty();

        dialogs.confirmAnswer = true;
        vm.publish();
        assertThat(vm.publishedProperty().get()).isTrue();
        assertThat(vm.publishedOn()).isEqualTo(f.catalogue.today());
        assertThat(vm.isDirty()).isFalse();
        assertThat(f.catalogue.published()).singleElement().satisfies(e -> assertThat(e.titleZh())
                .isEqualTo("高能量密度锂电池正极材料"));

        vm.withdraw();
        assertThat(vm.publishedProperty().get()).isFalse();
        assertThat(f.catalogue.published()).isEmpty();
    }

    @Test
    void aPictureOverTheLimitIsRefusedWithItsSize(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("大图.png");
        Files.write(big, Arrays.copyOf(PNG, CatalogueImages.MAX_BYTES + 1));
        Path small = dir.resolve("cell.png");
        Files.write(small, PNG);
        vm.addImage(big);
        assertThat(vm.images()).isEmpty();
        assertThat(vm.problems()).singleElement().asString().contains("大图.png", "2 MB");
        vm.addImage(small);
        vm.addImage(small);
        assertThat(vm.images()).extracting(i -> i.fileName()).containsExactly("cell.png", "cell-2.png");
        vm.setCaption(0, "电芯照片");
        assertThat(vm.images().get(0).caption()).isEqualTo("电芯照片");
        assertThat(vm.isDirty()).isTrue();
    }
}
