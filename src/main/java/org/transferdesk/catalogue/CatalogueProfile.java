package org.transferdesk.catalogue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A result's public profile (issue 25): what the office writes for the catalogue, kept apart from the result's own
 * record so that nothing internal is published by accident. {@code id} is null until saved.
 *
 * @param tradeSecretChecked the user confirmed the trade-secret warnings of R-CAT-PUBLISH
 * @param publishedOn when it was last published; kept when withdrawn, so the office sees it once was
 */
public record CatalogueProfile(Long id, long disclosureId, Texts texts, Offer offer, CatalogueEntry.Contact contact,
                               Consent consent, List<CatalogueEntry.Image> images, boolean tradeSecretChecked,
                               boolean published, LocalDate publishedOn, int version) {

    public CatalogueProfile {
        images = List.copyOf(images);
    }

    /** The public title and summary, Chinese first; the English ones may be blank. */
    public record Texts(String titleZh, String titleEn, String summaryZh, String summaryEn) {
        public static final Texts NONE = new Texts(null, null, null, null);
    }

    /** What is offered: field, application areas, how far it is, the modes of cooperation and indicative terms. */
    public record Offer(String field, List<String> applicationAreas, DevelopmentStage stage, Integer trl,
                        Set<CooperationMode> modes, String terms) {
        public Offer {
            applicationAreas = List.copyOf(applicationAreas);
            modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
        }

        /** The modes in the enum's order, as the catalogue lists them. */
        public List<CooperationMode> modesInOrder() {
            return modes.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(modes));
        }
    }

    /** The inventors' recorded consent to publish: when, who recorded it, and the signed document's reference. */
    public record Consent(LocalDate on, String recordedBy, String reference) {
        public static final Consent NONE = new Consent(null, null, null);

        /** R-CAT-PUBLISH: a consent counts only with its date and the document it rests on. */
        public boolean recorded() {
            return on != null && reference != null && !reference.isBlank();
        }
    }

    /** A new profile for a result: its field as recorded, the technology manager as contact. */
    public static CatalogueProfile draftFor(long disclosureId, String field, CatalogueEntry.Contact contact) {
        return new CatalogueProfile(null, disclosureId, Texts.NONE,
                new Offer(field, List.of(), null, null, Set.of(), null), contact, Consent.NONE, List.of(), false,
                false, null, 0);
    }

    public boolean isNew() {
        return id == null;
    }

    public CatalogueProfile withPublished(boolean on, LocalDate day, boolean secretChecked) {
        return new CatalogueProfile(id, disclosureId, texts, offer, contact, consent, images, secretChecked, on,
                on ? day : publishedOn, version);
    }

    /** The fields the audit log compares; images as their names and captions, never their bytes. */
    public Map<String, Object> auditFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("titleZh", texts.titleZh());
        m.put("titleEn", texts.titleEn());
        m.put("summaryZh", texts.summaryZh());
        m.put("summaryEn", texts.summaryEn());
        m.put("field", offer.field());
        m.put("applicationAreas", String.join("; ", offer.applicationAreas()));
        m.put("stage", offer.stage());
        m.put("trl", offer.trl());
        m.put("modes", offer.modesInOrder().stream().map(Enum::name).collect(Collectors.joining(", ")));
        m.put("terms", offer.terms());
        m.put("contactName", contact.name());
        m.put("contactPhone", contact.phone());
        m.put("contactEmail", contact.email());
        m.put("consentOn", consent.on());
        m.put("consentBy", consent.recordedBy());
        m.put("consentRef", consent.reference());
        m.put("tradeSecretChecked", tradeSecretChecked);
        m.put("published", published);
        m.put("publishedOn", publishedOn);
        m.put("images", images.stream().map(i -> i.fileName() + (i.caption() == null ? "" : " " + i.caption()))
                .collect(Collectors.joining("; ")));
        return m;
    }
}
