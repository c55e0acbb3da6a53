package org.transferdesk.deal;

import org.transferdesk.common.AttachmentCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.deal.persistence.DiligenceRepository;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class DiligenceServiceTest {
    /** SHA-256 of the three bytes "abc" (FIPS 180-2 example). */
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dataRoot;
    @TempDir
    Path outside;
    private Database db;
    private DiligenceService service;
    private long dealId;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        service = new DiligenceService(new org.transferdesk.common.FileStore(dataRoot), new DiligenceRepository(db.dsl()), TestDatabase.CLOCK);
        db.executeRaw("INSERT INTO deal (contract_no, mode, title, contract_amount) VALUES ('JS-1', 'LICENSE', '许可', 0)");
        dealId = ((Number) db.dsl().fetchValue("SELECT MAX(id) FROM deal")).longValue();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Path source(String name, String content) throws IOException {
        return Files.writeString(outside.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Deal deal(long id, DealMode mode, PricingMethod pricing, boolean relatedParty, DealStatus status,
                             String registrationNo) {
        return DealBuilder.deal().mode(mode).id(id).contractNo("JS-1").title("t").contractAmount(BigDecimal.ZERO)
                .pricing(pricing).relatedParty(relatedParty)
                .registration(new Deal.Registration(registrationNo, null, null)).status(status).build();
    }

    @Test
    void attach_copiesIntoTheDealsFolder_hashesAndRecords_withAnAuditRow() throws IOException {
        Attachment a = service.attach(dealId, DiligenceItem.SIGNED_CONTRACT, source("合同 扫描件.PDF", "abc"));

        assertThat(a.id()).isNotNull();
        assertThat(a.fileName()).isEqualTo("合同 扫描件.PDF");
        assertThat(a.sha256()).isEqualTo(ABC_SHA256);
        assertThat(a.sizeBytes()).isEqualTo(3);
        assertThat(a.addedBy()).isNotBlank();
        assertThat(a.storedPath()).startsWith("attachments/" + dealId + "/").endsWith(".pdf");
        Path stored = service.resolve(a);
        assertThat(stored).startsWith(dataRoot.resolve("attachments").resolve(Long.toString(dealId)));
        assertThat(Files.readString(stored)).isEqualTo("abc");
        try (Stream<Path> files = Files.list(stored.getParent())) {
            assertThat(files.toList()).as("no temporary file is left").containsExactly(stored);
        }
        assertThat(new AuditRepository(db.dsl()).history(DealRepository.ENTITY, dealId))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.CREATE));
        assertThat(service.verify(a.id())).isEqualTo(AttachmentCheck.INTACT);
    }

    @Test
    void twoFilesWithTheSameName_areStoredUnderDifferentNames() throws IOException {
        Attachment a = service.attach(dealId, DiligenceItem.DECISION_MINUTES, source("纪要.docx", "one"));
        Attachment b = service.attach(dealId, DiligenceItem.DECISION_MINUTES, source("纪要.docx", "two"));
        assertThat(a.storedPath()).isNotEqualTo(b.storedPath());
        assertThat(Files.readString(service.resolve(a))).isEqualTo("one");
        assertThat(Files.readString(service.resolve(b))).isEqualTo("two");
    }

    @Test
    void verify_detectsATamperedFile_andAMissingOne() throws IOException {
        Attachment a = service.attach(dealId, DiligenceItem.PRICING_EVIDENCE, source("评估报告.pdf", "abc"));
        Files.writeString(service.resolve(a), "abd");
        assertThat(service.verify(a.id())).isEqualTo(AttachmentCheck.CHANGED);
        Files.delete(service.resolve(a));
        assertThat(service.verify(a.id())).isEqualTo(AttachmentCheck.FILE_MISSING);
    }

    @Test
    void remove_deletesRecordAndFile() throws IOException {
        Attachment a = service.attach(dealId, DiligenceItem.SIGNED_CONTRACT, source("c.pdf", "abc"));
        Path stored = service.resolve(a);
        service.remove(a.id());
        assertThat(Files.exists(stored)).isFalse();
        Deal d = deal(dealId, DealMode.LICENSE, PricingMethod.NEGOTIATED, false, DealStatus.SIGNED, null);
        assertThat(service.missing(d)).contains(DiligenceItem.SIGNED_CONTRACT);
        assertThat(new AuditRepository(db.dsl()).history(DealRepository.ENTITY, dealId))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.DELETE));
    }

    @Test
    void missingSource_isRefused_andNothingRecorded() {
        assertThatThrownBy(() -> service.attach(dealId, DiligenceItem.SIGNED_CONTRACT, outside.resolve("none.pdf")))
                .isInstanceOf(org.transferdesk.common.UserFacingException.class);
        Deal d = deal(dealId, DealMode.SERVICE, null, false, DealStatus.DRAFT, null);
        assertThat(service.checklist(d)).allSatisfy(e -> assertThat(e.attachments()).isEmpty());
    }

    @Test
    void negotiatedSignedRegisteredRelatedPartyLicence_needsEveryItem() {
        Deal d = deal(dealId, DealMode.LICENSE, PricingMethod.NEGOTIATED, true, DealStatus.SIGNED, "2026-440001");
        assertThat(service.missing(d)).containsExactly(DiligenceItem.values());
    }

    @Test
    void listedDraftTransfer_needsNoPublicityRecordContractOrCertificate() {
        Deal d = deal(dealId, DealMode.TRANSFER, PricingMethod.LISTED, false, DealStatus.DRAFT, null);
        assertThat(service.missing(d)).containsExactly(DiligenceItem.PRICING_EVIDENCE, DiligenceItem.DECISION_MINUTES,
                DiligenceItem.INVENTORS_CONSENT, DiligenceItem.CO_OWNERS_CONSENT);
    }

    @Test
    void signedServiceContract_needsOnlyTheContract_andTheCertificateOnceRegistered() {
        assertThat(service.missing(deal(dealId, DealMode.SERVICE, null, false, DealStatus.PERFORMING, null)))
                .containsExactly(DiligenceItem.SIGNED_CONTRACT);
        assertThat(service.missing(deal(dealId, DealMode.DEVELOPMENT, null, false, DealStatus.COMPLETED, "R-1")))
                .containsExactly(DiligenceItem.SIGNED_CONTRACT, DiligenceItem.REGISTRATION_CERTIFICATE);
    }

    @Test
    void markedNotApplicable_isNoLongerMissing_andNeedsANote() throws IOException {
        Deal d = deal(dealId, DealMode.EQUITY, PricingMethod.AUCTION, false, DealStatus.DRAFT, null);
        assertThatThrownBy(() -> service.markNotApplicable(dealId, DiligenceItem.CO_OWNERS_CONSENT, "  "))
                .isInstanceOf(ValidationException.class);
        service.markNotApplicable(dealId, DiligenceItem.CO_OWNERS_CONSENT, "成果无共有人");
        service.attach(dealId, DiligenceItem.PRICING_EVIDENCE, source("拍卖结果.pdf", "x"));

        assertThat(service.missing(d)).containsExactly(DiligenceItem.DECISION_MINUTES, DiligenceItem.INVENTORS_CONSENT);
        DiligenceEntry coOwners = service.checklist(d).get(DiligenceItem.CO_OWNERS_CONSENT.ordinal());
        assertThat(coOwners.status()).isEqualTo(DiligenceStatus.NOT_APPLICABLE);
        assertThat(coOwners.note()).isEqualTo("成果无共有人");
        assertThat(service.checklist(d).get(DiligenceItem.PRICING_EVIDENCE.ordinal()).status())
                .isEqualTo(DiligenceStatus.DONE);

        service.clearNotApplicable(dealId, DiligenceItem.CO_OWNERS_CONSENT);
        assertThat(service.missing(d)).contains(DiligenceItem.CO_OWNERS_CONSENT);
    }
}
