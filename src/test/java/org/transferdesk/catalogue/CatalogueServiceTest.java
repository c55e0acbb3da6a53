package org.transferdesk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Problem;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;

/** The profiles saved and read on the test database (H2, or PostgreSQL when asked), and R-CAT-PUBLISH applied. */
@Tag(TestDatabase.TAG)
class CatalogueServiceTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    @Test
    void aProfileIsSavedAndReadBackWithItsPictures() {
        try (CatalogueFixture f = new CatalogueFixture()) {
            CatalogueProfile p = f.batteryProfile();
            CatalogueProfile withImage = new CatalogueProfile(null, p.disclosureId(), p.texts(), p.offer(), p.contact(),
                    p.consent(), List.of(new CatalogueEntry.Image("cell.png", PNG, "电芯")), false, false, null, 0);
            CatalogueProfile saved = f.catalogue.save(withImage);

            CatalogueProfile read = f.catalogue.open(f.data.battery.id()).profile();
            assertThat(read.id()).isEqualTo(saved.id());
            assertThat(read.texts()).isEqualTo(p.texts());
            assertThat(read.offer()).isEqualTo(p.offer());
            assertThat(read.contact()).isEqualTo(p.contact());
            assertThat(read.consent()).isEqualTo(p.consent());
            assertThat(read.images()).singleElement().satisfies(i -> {
                assertThat(i.fileName()).isEqualTo("cell.png");
                assertThat(i.bytes()).isEqualTo(PNG);
                assertThat(i.caption()).isEqualTo("电芯");
            });
            assertThat(f.catalogue.history(saved.id())).isNotEmpty();
            assertThat(f.catalogue.rows()).filteredOn(r -> r.disclosureId() == f.data.battery.id()).singleElement()
                    .satisfies(r -> {
                        assertThat(r.status()).isEqualTo(ProfileStatus.DRAFT);
                        assertThat(r.modes()).containsExactly(CooperationMode.TRANSFER, CooperationMode.LICENSE);
                    });
            assertThat(f.catalogue.rows()).filteredOn(r -> r.disclosureId() == f.data.vision.id())
                    .extracting(CatalogueRow::status).containsExactly(ProfileStatus.NONE);
        }
    }

    @Test
    void aSaveOfAnOlderVersionIsAConflict() {
        try (CatalogueFixture f = new CatalogueFixture()) {
            CatalogueProfile first = f.catalogue.save(f.batteryProfile());
            f.catalogue.save(first);
            assertThatThrownBy(() -> f.catalogue.save(first)).isInstanceOf(StaleRecordException.class);
        }
    }

    @Test
    void aPictureOverTwoMegabytesIsRefused() {
        try (CatalogueFixture f = new CatalogueFixture()) {
            byte[] big = Arrays.copyOf(PNG, CatalogueImages.MAX_BYTES + 1);
            CatalogueProfile p = f.batteryProfile();
            CatalogueProfile tooBig = new CatalogueProfile(null, p.disclosureId(), p.texts(), p.offer(), p.contact(),
                    p.consent(), List.of(new CatalogueEntry.Image("big.png", big, null)), false, false, null, 0);
            assertThatThrownBy(() -> f.catalogue.save(tooBig)).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::key)
                            .containsExactly("catalogueImage.tooLarge"));
            assertThat(CatalogueImages.refusal("ok.png", Arrays.copyOf(PNG, CatalogueImages.MAX_BYTES))).isEmpty();
        }
    }

    @Test
    void publishingIsRefusedWithoutConsentAndForAConfidentialResult() {
        try (CatalogueFixture f = new CatalogueFixture()) {
            CatalogueProfile p = f.batteryProfile();
            CatalogueProfile noConsent = new CatalogueProfile(null, p.disclosureId(), p.texts(), p.offer(), p.contact(),
                    CatalogueProfile.Consent.NONE, p.images(), false, false, null, 0);
            assertThatThrownBy(() -> f.catalogue.publish(noConsent, true)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("catalogueRule.noConsent");

            f.data.disclosures.save(DisclosureBuilder.toBuilder(f.data.battery).confidential(true).build());
            assertThatThrownBy(() -> f.catalogue.publish(p, true)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("catalogueRule.confidential");
            assertThat(f.catalogue.published()).isEmpty();
        }
    }

    @Test
    void tradeSecretWarningsAreConfirmedBeforePublishing() {
        try (CatalogueFixture f = new CatalogueFixture()) {
            Disclosure vision = f.data.vision;
            f.data.disclosures.save(DisclosureBuilder.toBuilder(vision).ipAssets(List.of()).build());
            CatalogueProfile draft = f.catalogue.open(vision.id()).profile();
            CatalogueProfile p = new CatalogueProfile(null, vision.id(),
                    new CatalogueProfile.Texts("工业视觉检测", null, "基于深度学习的缺陷检测。", null), draft.offer(),
                    draft.contact(), new CatalogueProfile.Consent(CatalogueFixture.CONSENT_DAY, "clerk", "同意书"),
                    List.of(), false, false, null, 0);
            assertThatThrownBy(() -> f.catalogue.publish(p, false)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("catalogueRule.confirmFirst");

            CatalogueProfile published = f.catalogue.publish(p, true);
            assertThat(published.published()).isTrue();
            assertThat(published.tradeSecretChecked()).isTrue();
            assertThat(published.publishedOn()).isEqualTo(f.catalogue.today());
        }
    }

    /** Issue 25: no inventor, no internal abstract, no money leaves the office through the catalogue. */
    @Test
    void thePublishedEntryCarriesNothingInternal() {
        try (CatalogueFixture f = new CatalogueFixture()) {
            Disclosure marked = f.data.disclosures.save(DisclosureBuilder.toBuilder(f.data.battery)
                    .abstractText("MARKER-ABSTRACT 内部摘要不得公开").projectNumbers("MARKER-PROJECT").build());
            f.data.people.save(new org.transferdesk.people.Person(f.data.zhang.id(), "T001", "MARKER-INVENTOR",
                    f.data.zhang.departmentId(), f.data.zhang.departmentName(), f.data.zhang.leaderRole(),
                    f.data.zhang.idNumber(), "MARKER-PHONE", f.data.zhang.version()));
            f.catalogue.publish(f.batteryProfile(), false);

            List<CatalogueEntry> entries = f.catalogue.published();
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.resultNo()).isEqualTo(marked.resultNo());
                assertThat(e.titleZh()).isEqualTo("高能量密度锂电池正极材料");
                assertThat(e.stage()).isEqualTo(DevelopmentStage.PILOT);
                assertThat(e.modes()).containsExactly(CooperationMode.TRANSFER, CooperationMode.LICENSE);
                assertThat(e.ip()).extracting(CatalogueEntry.PublicIp::type, CatalogueEntry.PublicIp::status)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(IpType.INVENTION_PATENT, IpStatus.FILED),
                                org.assertj.core.groups.Tuple.tuple(IpType.UTILITY_MODEL, IpStatus.GRANTED));
                assertThat(e.contact()).isEqualTo(new CatalogueEntry.Contact("周经理", "010-62780001",
                        "zhou@example.edu.cn"));
                assertThat(e.publishedOn()).isEqualTo(f.catalogue.today());
                assertThat(e.toString()).doesNotContain("MARKER", "张三", "王五", "内部摘要");
            });
            assertThat(Arrays.stream(CatalogueEntry.class.getRecordComponents()).map(c -> c.getType()))
                    .noneMatch(t -> t == java.math.BigDecimal.class);
        }
    }

    @Test
    void aResultMadeConfidentialAfterPublishingLeavesTheCatalogue() {
        try (CatalogueFixture f = new CatalogueFixture()) {
            f.catalogue.publish(f.batteryProfile(), false);
            assertThat(f.catalogue.published()).hasSize(1);
            Disclosure battery = f.data.disclosures.find(f.data.battery.id()).orElseThrow();
            f.data.disclosures.save(DisclosureBuilder.toBuilder(battery).confidential(true).build());
            assertThat(f.catalogue.published()).isEmpty();
        }
    }

    @Test
    void withdrawingKeepsTheTextsAndLeavesTheCatalogue() {
        try (CatalogueFixture f = new CatalogueFixture()) {
            CatalogueProfile published = f.catalogue.publish(f.batteryProfile(), false);
            CatalogueProfile withdrawn = f.catalogue.withdraw(published);
            assertThat(withdrawn.published()).isFalse();
            assertThat(withdrawn.texts()).isEqualTo(published.texts());
            assertThat(f.catalogue.published()).isEmpty();
            CatalogueProfile trlTen = new CatalogueProfile(withdrawn.id(), withdrawn.disclosureId(), withdrawn.texts(),
                    new CatalogueProfile.Offer(null, List.of(), null, 10, Set.of(), null), withdrawn.contact(),
                    withdrawn.consent(), List.of(), false, false, null, withdrawn.version());
            assertThatThrownBy(() -> f.catalogue.save(trlTen)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("catalogueProfile.trlRange");
        }
    }
}
