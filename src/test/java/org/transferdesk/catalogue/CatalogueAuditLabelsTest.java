package org.transferdesk.catalogue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditVocabulary;

/** Issue 25: every field a public profile's saves audit reads under a label, in Chinese and in English. */
@Tag(TestDatabase.TAG)
class CatalogueAuditLabelsTest extends AuditLabelsContract {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    CatalogueAuditLabelsTest() {
        super(new AuditVocabulary(CatalogueAuditLabels.all()));
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (CatalogueFixture f = new CatalogueFixture()) {
            CatalogueProfile p = f.batteryProfile();
            CatalogueProfile saved = f.catalogue.save(new CatalogueProfile(null, p.disclosureId(), p.texts(),
                    p.offer(), p.contact(), p.consent(), List.of(new CatalogueEntry.Image("cell.png", PNG, "电芯")),
                    false, false, null, 0));
            f.catalogue.withdraw(f.catalogue.publish(saved, true));
            return AuditRowsOnH2.cases(f.data.db, "catalogue_profile").toList().stream();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "stage, PILOT, 中试",
        "modes, 'TRANSFER, LICENSE', '转让, 许可'",
        "published, true, 是",
    })
    void valuesReadAsUsersKnowThem(String field, String stored, String shown) {
        assertShownInChinese("catalogue_profile", field, stored, shown);
    }
}
