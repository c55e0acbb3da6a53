package org.transferdesk.catalogue.persistence;

import static org.transferdesk.db.jooq.Tables.APP_USER;
import static org.transferdesk.db.jooq.Tables.CATALOGUE_IMAGE;
import static org.transferdesk.db.jooq.Tables.CATALOGUE_PROFILE;
import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.catalogue.CatalogueEntry;
import org.transferdesk.catalogue.CatalogueProfile;
import org.transferdesk.catalogue.CatalogueRow;
import org.transferdesk.catalogue.CooperationMode;
import org.transferdesk.catalogue.DevelopmentStage;
import org.transferdesk.catalogue.ProfileStatus;
import org.transferdesk.db.jooq.tables.records.CatalogueProfileRecord;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;

/** The results' public profiles and their pictures, saved with an audit row like every edited record. */
public final class CatalogueRepository {
    public static final String ENTITY = "catalogue_profile";
    private final DSLContext dsl;

    public CatalogueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A published profile with what the catalogue takes from its result: number, IP and whether it is secret. */
    public record Published(String resultNo, boolean confidential, CatalogueProfile profile, List<IpAsset> ip) {
    }

    public Optional<CatalogueProfile> findByResult(long disclosureId) {
        return profiles(CATALOGUE_PROFILE.DISCLOSURE_ID.eq(disclosureId)).stream().findFirst();
    }

    private Optional<CatalogueProfile> findById(long id) {
        return profiles(CATALOGUE_PROFILE.ID.eq(id)).stream().findFirst();
    }

    private List<CatalogueProfile> profiles(Condition where) {
        List<CatalogueProfileRecord> rows = dsl.selectFrom(CATALOGUE_PROFILE).where(where)
                .orderBy(CATALOGUE_PROFILE.ID).fetch();
        Map<Long, List<CatalogueEntry.Image>> images = images(rows.stream().map(CatalogueProfileRecord::getId).toList());
        return rows.stream().map(r -> map(r, images.getOrDefault(r.getId(), List.of()))).toList();
    }

    private Map<Long, List<CatalogueEntry.Image>> images(List<Long> profileIds) {
        if (profileIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(CATALOGUE_IMAGE).where(CATALOGUE_IMAGE.PROFILE_ID.in(profileIds))
                .orderBy(CATALOGUE_IMAGE.PROFILE_ID, CATALOGUE_IMAGE.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getProfileId(), Collectors.mapping(
                        r -> new CatalogueEntry.Image(r.getFileName(), r.getContent(), r.getCaption()),
                        Collectors.toList())));
    }

    private static CatalogueProfile map(CatalogueProfileRecord r, List<CatalogueEntry.Image> images) {
        List<String> areas = r.getApplicationAreas() == null ? List.of()
                : Arrays.stream(r.getApplicationAreas().split("\n")).filter(s -> !s.isBlank()).toList();
        Set<CooperationMode> modes = r.getModes() == null || r.getModes().isBlank() ? Set.of()
                : Arrays.stream(r.getModes().split(",")).map(String::strip).map(CooperationMode::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CooperationMode.class)));
        return new CatalogueProfile(r.getId(), r.getDisclosureId(),
                new CatalogueProfile.Texts(r.getTitleZh(), r.getTitleEn(), r.getSummaryZh(), r.getSummaryEn()),
                new CatalogueProfile.Offer(r.getField(), areas,
                        r.getStage() == null ? null : DevelopmentStage.valueOf(r.getStage()), r.getTrl(), modes,
                        r.getTerms()),
                new CatalogueEntry.Contact(r.getContactName(), r.getContactPhone(), r.getContactEmail()),
                new CatalogueProfile.Consent(r.getConsentOn(), r.getConsentBy(), r.getConsentRef()), images,
                r.getTradeSecretChecked(), r.getPublished(), r.getPublishedOn(), r.getVersion());
    }

    /** Every result with where its profile stands, newest result first. */
    public List<CatalogueRow> rows() {
        return dsl.select(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE, DEPARTMENT.NAME, DISCLOSURE.CONFIDENTIAL,
                        APP_USER.DISPLAY_NAME, DISCLOSURE.MANAGER_LOGIN, CATALOGUE_PROFILE.ID,
                        CATALOGUE_PROFILE.TITLE_ZH, CATALOGUE_PROFILE.FIELD, CATALOGUE_PROFILE.STAGE,
                        CATALOGUE_PROFILE.MODES, CATALOGUE_PROFILE.PUBLISHED, CATALOGUE_PROFILE.PUBLISHED_ON,
                        DISCLOSURE.TECHNICAL_FIELD)
                .from(DISCLOSURE)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .leftJoin(APP_USER).on(APP_USER.LOGIN.eq(DISCLOSURE.MANAGER_LOGIN))
                .leftJoin(CATALOGUE_PROFILE).on(CATALOGUE_PROFILE.DISCLOSURE_ID.eq(DISCLOSURE.ID))
                .orderBy(DISCLOSURE.DISCLOSED_ON.desc(), DISCLOSURE.ID.desc())
                .fetch(r -> {
                    boolean has = r.get(CATALOGUE_PROFILE.ID) != null;
                    ProfileStatus status = !has ? ProfileStatus.NONE
                            : Boolean.TRUE.equals(r.get(CATALOGUE_PROFILE.PUBLISHED)) ? ProfileStatus.PUBLISHED
                            : ProfileStatus.DRAFT;
                    String stage = r.get(CATALOGUE_PROFILE.STAGE);
                    String modes = r.get(CATALOGUE_PROFILE.MODES);
                    String manager = r.get(APP_USER.DISPLAY_NAME) != null ? r.get(APP_USER.DISPLAY_NAME)
                            : r.get(DISCLOSURE.MANAGER_LOGIN);
                    return new CatalogueRow(r.get(DISCLOSURE.ID), r.get(DISCLOSURE.RESULT_NO), r.get(DISCLOSURE.TITLE),
                            r.get(DEPARTMENT.NAME), r.get(CATALOGUE_PROFILE.TITLE_ZH),
                            has ? r.get(CATALOGUE_PROFILE.FIELD) : r.get(DISCLOSURE.TECHNICAL_FIELD),
                            stage == null ? null : DevelopmentStage.valueOf(stage),
                            modes == null || modes.isBlank() ? List.of() : Arrays.stream(modes.split(","))
                                    .map(String::strip).map(CooperationMode::valueOf).sorted().toList(),
                            status, r.get(CATALOGUE_PROFILE.PUBLISHED_ON),
                            Boolean.TRUE.equals(r.get(DISCLOSURE.CONFIDENTIAL)), manager);
                });
    }

    /** The published profiles in result-number order, each with its result's number, secrecy and IP. */
    public List<Published> published() {
        Map<Long, ? extends Record> results = dsl.select(CATALOGUE_PROFILE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.CONFIDENTIAL)
                .from(CATALOGUE_PROFILE).join(DISCLOSURE).on(DISCLOSURE.ID.eq(CATALOGUE_PROFILE.DISCLOSURE_ID))
                .where(CATALOGUE_PROFILE.PUBLISHED.isTrue())
                .fetchMap(CATALOGUE_PROFILE.ID);
        if (results.isEmpty()) {
            return List.of();
        }
        Map<Long, List<IpAsset>> ip = dsl.select(IP_ASSET.fields()).from(IP_ASSET)
                .join(CATALOGUE_PROFILE).on(CATALOGUE_PROFILE.DISCLOSURE_ID.eq(IP_ASSET.DISCLOSURE_ID))
                .where(CATALOGUE_PROFILE.PUBLISHED.isTrue())
                .orderBy(IP_ASSET.FILED_ON, IP_ASSET.ID)
                .fetch().stream().collect(Collectors.groupingBy(r -> r.get(IP_ASSET.DISCLOSURE_ID),
                        Collectors.mapping(r -> new IpAsset(r.get(IP_ASSET.ID), IpType.valueOf(r.get(IP_ASSET.IP_TYPE)),
                                r.get(IP_ASSET.APPLICATION_NO), r.get(IP_ASSET.TITLE), r.get(IP_ASSET.FILED_ON),
                                r.get(IP_ASSET.GRANTED_ON), IpStatus.valueOf(r.get(IP_ASSET.STATUS)),
                                r.get(IP_ASSET.OWNERS)), Collectors.toList())));
        return profiles(CATALOGUE_PROFILE.PUBLISHED.isTrue()).stream().map(p -> {
            Record r = results.get(p.id());
            return new Published(r.get(DISCLOSURE.RESULT_NO), Boolean.TRUE.equals(r.get(DISCLOSURE.CONFIDENTIAL)), p,
                    ip.getOrDefault(p.disclosureId(), List.of()));
        }).sorted(java.util.Comparator.comparing(Published::resultNo)).toList();
    }

    /** Inserts (id null) or updates at the version read, its pictures replaced; a changed record is a conflict. */
    public CatalogueProfile save(CatalogueProfile p, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            CatalogueRepository inTx = new CatalogueRepository(tx);
            Map<String, Object> before = Map.of();
            CatalogueProfileRecord rec = tx.newRecord(CATALOGUE_PROFILE);
            fill(rec, p);
            long id;
            if (p.id() == null) {
                id = tx.insertInto(CATALOGUE_PROFILE).set(rec).returning(CATALOGUE_PROFILE.ID).fetchOne().getId();
            } else {
                before = inTx.findById(p.id()).orElseThrow(() -> AuditRepository.staleRecord(tx, ENTITY, p.id()))
                        .auditFields();
                rec.setVersion(p.version() + 1);
                rec.setUpdatedAt(now);
                int updated = tx.update(CATALOGUE_PROFILE).set(rec)
                        .where(CATALOGUE_PROFILE.ID.eq(p.id()).and(CATALOGUE_PROFILE.VERSION.eq(p.version())))
                        .execute();
                if (updated == 0) {
                    throw AuditRepository.staleRecord(tx, ENTITY, p.id());
                }
                id = p.id();
                tx.deleteFrom(CATALOGUE_IMAGE).where(CATALOGUE_IMAGE.PROFILE_ID.eq(id)).execute();
            }
            int position = 0;
            for (CatalogueEntry.Image image : p.images()) {
                tx.insertInto(CATALOGUE_IMAGE).set(CATALOGUE_IMAGE.PROFILE_ID, id)
                        .set(CATALOGUE_IMAGE.POSITION, position++).set(CATALOGUE_IMAGE.FILE_NAME, image.fileName())
                        .set(CATALOGUE_IMAGE.CAPTION, image.caption()).set(CATALOGUE_IMAGE.CONTENT, image.bytes())
                        .execute();
            }
            CatalogueProfile saved = inTx.findById(id).orElseThrow();
            AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, id,
                    p.id() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                    AuditDiff.between(before, saved.auditFields())));
            return saved;
        });
    }

    private static void fill(CatalogueProfileRecord rec, CatalogueProfile p) {
        rec.setDisclosureId(p.disclosureId());
        rec.setTitleZh(p.texts().titleZh());
        rec.setTitleEn(p.texts().titleEn());
        rec.setSummaryZh(p.texts().summaryZh());
        rec.setSummaryEn(p.texts().summaryEn());
        rec.setField(p.offer().field());
        rec.setApplicationAreas(p.offer().applicationAreas().isEmpty() ? null
                : String.join("\n", p.offer().applicationAreas()));
        rec.setStage(p.offer().stage() == null ? null : p.offer().stage().name());
        rec.setTrl(p.offer().trl());
        rec.setModes(p.offer().modes().isEmpty() ? null : p.offer().modesInOrder().stream().map(Enum::name)
                .collect(Collectors.joining(",")));
        rec.setTerms(p.offer().terms());
        rec.setContactName(p.contact().name());
        rec.setContactPhone(p.contact().phone());
        rec.setContactEmail(p.contact().email());
        rec.setConsentOn(p.consent().on());
        rec.setConsentBy(p.consent().recordedBy());
        rec.setConsentRef(p.consent().reference());
        rec.setTradeSecretChecked(p.tradeSecretChecked());
        rec.setPublished(p.published());
        rec.setPublishedOn(p.publishedOn());
    }
}
