package org.transferdesk.deal.persistence;

import static org.transferdesk.db.jooq.Tables.ATTACHMENT;
import static org.transferdesk.db.jooq.Tables.DILIGENCE_ITEM;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.jooq.tables.records.AttachmentRecord;
import org.transferdesk.deal.Attachment;
import org.transferdesk.deal.DiligenceItem;

/** R-DILIGENCE: a deal's attachments and not-applicable marks; every change writes an audit row on the deal. */
public final class DiligenceRepository {
    private final DSLContext dsl;

    public DiligenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Attachment map(AttachmentRecord r) {
        return new Attachment(r.getId(), r.getDealId(), DiligenceItem.valueOf(r.getItem()), r.getFileName(),
                r.getStoredPath(), r.getSha256(), r.getSizeBytes(), r.getAddedAt(), r.getAddedBy());
    }

    public List<Attachment> attachments(long dealId) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.DEAL_ID.eq(dealId))
                .orderBy(ATTACHMENT.ADDED_AT, ATTACHMENT.ID).fetch(DiligenceRepository::map);
    }

    public Optional<Attachment> find(long attachmentId) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(attachmentId)).fetchOptional(DiligenceRepository::map);
    }

    /** The items marked not applicable, with their notes. */
    public Map<DiligenceItem, String> notApplicable(long dealId) {
        Map<DiligenceItem, String> marks = new EnumMap<>(DiligenceItem.class);
        dsl.selectFrom(DILIGENCE_ITEM).where(DILIGENCE_ITEM.DEAL_ID.eq(dealId).and(DILIGENCE_ITEM.NOT_APPLICABLE.isTrue()))
                .forEach(r -> marks.put(DiligenceItem.valueOf(r.getItem()), r.getNote()));
        return marks;
    }

    /** Records an attachment (the file is already in place) and its audit row, in one transaction. */
    public Attachment insert(Attachment a) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            long id = tx.insertInto(ATTACHMENT).set(ATTACHMENT.DEAL_ID, a.dealId()).set(ATTACHMENT.ITEM, a.item().name())
                    .set(ATTACHMENT.FILE_NAME, a.fileName()).set(ATTACHMENT.STORED_PATH, a.storedPath())
                    .set(ATTACHMENT.SHA256, a.sha256()).set(ATTACHMENT.SIZE_BYTES, a.sizeBytes())
                    .set(ATTACHMENT.ADDED_AT, a.addedAt()).set(ATTACHMENT.ADDED_BY, a.addedBy())
                    .returning(ATTACHMENT.ID).fetchOne().getId();
            AuditRepository.append(tx, new AuditEntry(a.addedAt(), a.addedBy(), DealRepository.ENTITY, a.dealId(),
                    AuditAction.CREATE, List.of(new FieldChange("diligence." + a.item().name(), null,
                    a.fileName() + " (SHA-256 " + a.sha256() + ")"))));
            return new Attachment(id, a.dealId(), a.item(), a.fileName(), a.storedPath(), a.sha256(), a.sizeBytes(),
                    a.addedAt(), a.addedBy());
        });
    }

    /** Deletes the attachment's row and writes the audit row; false when it was already gone. */
    public boolean delete(Attachment a, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            if (tx.deleteFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(a.id())).execute() == 0) {
                return false;
            }
            AuditRepository.append(tx, new AuditEntry(now, actor, DealRepository.ENTITY, a.dealId(), AuditAction.DELETE,
                    List.of(new FieldChange("diligence." + a.item().name(),
                            a.fileName() + " (SHA-256 " + a.sha256() + ")", null))));
            return true;
        });
    }

    /** Marks an item not applicable with a note ({@code note} null clears the mark), with an audit row. */
    public void setNotApplicable(long dealId, DiligenceItem item, String note, String actor, LocalDateTime now) {
        dsl.transaction(t -> {
            DSLContext tx = t.dsl();
            String before = tx.select(DILIGENCE_ITEM.NOTE).from(DILIGENCE_ITEM)
                    .where(DILIGENCE_ITEM.DEAL_ID.eq(dealId).and(DILIGENCE_ITEM.ITEM.eq(item.name()))
                            .and(DILIGENCE_ITEM.NOT_APPLICABLE.isTrue()))
                    .fetchOptional(DILIGENCE_ITEM.NOTE).orElse(null);
            tx.deleteFrom(DILIGENCE_ITEM).where(DILIGENCE_ITEM.DEAL_ID.eq(dealId).and(DILIGENCE_ITEM.ITEM.eq(item.name())))
                    .execute();
            if (note != null) {
                tx.insertInto(DILIGENCE_ITEM).set(DILIGENCE_ITEM.DEAL_ID, dealId).set(DILIGENCE_ITEM.ITEM, item.name())
                        .set(DILIGENCE_ITEM.NOT_APPLICABLE, true).set(DILIGENCE_ITEM.NOTE, note).execute();
            }
            AuditRepository.append(tx, new AuditEntry(now, actor, DealRepository.ENTITY, dealId, AuditAction.UPDATE,
                    List.of(new FieldChange("diligence." + item.name() + ".notApplicable", before, note))));
        });
    }
}
