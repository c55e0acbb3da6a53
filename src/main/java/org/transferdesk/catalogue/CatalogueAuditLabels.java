package org.transferdesk.catalogue;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads a public profile's audit rows (issue 25). */
public final class CatalogueAuditLabels {
    private CatalogueAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("catalogue_profile")
                .text("titleZh", "catalogueProfile.titleZh")
                .text("titleEn", "catalogueProfile.titleEn")
                .text("summaryZh", "catalogueProfile.summaryZh")
                .text("summaryEn", "catalogueProfile.summaryEn")
                .text("field", "catalogueProfile.field")
                .text("applicationAreas", "catalogueProfile.areas")
                .choice("stage", "catalogueProfile.stage", DevelopmentStage.class)
                .text("trl", "catalogueProfile.trl")
                .composite("modes", "catalogueProfile.modes")
                .words(CooperationMode.class)
                .text("terms", "catalogueProfile.terms")
                .text("contactName", "catalogueProfile.contactName")
                .text("contactPhone", "catalogueProfile.contactPhone")
                .text("contactEmail", "catalogueProfile.contactEmail")
                .date("consentOn", "catalogueProfile.consentOn")
                .text("consentBy", "catalogueProfile.consentBy")
                .text("consentRef", "catalogueProfile.consentRef")
                .yesNo("tradeSecretChecked", "catalogueProfile.tradeSecretChecked")
                .yesNo("published", "catalogueProfile.published")
                .date("publishedOn", "catalogueProfile.publishedOn")
                .list("images", "catalogueProfile.images")
                // V24's rows of changes made outside the app name the columns, which differ from the fields here
                .reference("disclosureId", "catalogueProfile.result", "disclosure", "result_no", "title"),
                AuditFields.of("catalogue_image")
                        .reference("profileId", "catalogueProfile.images", "catalogue_profile", "title_zh")
                        .text("position", "catalogueImage.position")
                        .text("fileName", "catalogueImage.fileName")
                        .text("caption", "catalogueImage.caption"));
    }
}
