package org.transferdesk.deal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.AttachmentCheck;
import org.transferdesk.common.AttachmentStore;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.persistence.DiligenceRepository;

/**
 * R-DILIGENCE: each deal's diligence file (尽职免责). Files are copied into
 * {@code <data folder>/attachments/<dealId>/} by the {@link FileStore} and recorded with size, time and
 * the OS user.
 */
public final class DiligenceService {
    private static final int NOTE_MAX = 300;

    private final AttachmentStore files;
    private final DiligenceRepository repository;
    private final Clock clock;

    public DiligenceService(AttachmentStore files, DiligenceRepository repository, Clock clock) {
        this.files = files;
        this.repository = repository;
        this.clock = clock;
    }

    /** Every {@link DiligenceItem} of the deal, in the enum's order, with what is on file. */
    public List<DiligenceEntry> checklist(Deal deal) {
        if (deal.id() == null) {
            return entries(deal, List.of(), Map.of());
        }
        return entries(deal, repository.attachments(deal.id()), repository.notApplicable(deal.id()));
    }

    private static List<DiligenceEntry> entries(Deal deal, List<Attachment> attachments, Map<DiligenceItem, String> na) {
        Set<DiligenceItem> required = DiligenceRules.required(deal);
        List<DiligenceEntry> entries = new ArrayList<>();
        for (DiligenceItem item : DiligenceItem.values()) {
            entries.add(new DiligenceEntry(item, required.contains(item), na.containsKey(item), na.get(item),
                    attachments.stream().filter(a -> a.item() == item).toList()));
        }
        return entries;
    }

    /** The items this deal requires that have no file and are not marked not applicable. */
    public List<DiligenceItem> missing(Deal deal) {
        return checklist(deal).stream().filter(DiligenceEntry::isMissing).map(DiligenceEntry::item).toList();
    }

    /** Copies {@code source} into the data folder, hashes it and records it (with an audit row). */
    public Attachment attach(long dealId, DiligenceItem item, Path source) {
        AttachmentStore.StoredFile stored = files.store(source, Long.toString(dealId));
        try {
            return repository.insert(new Attachment(null, dealId, item, stored.fileName(), stored.storedPath(),
                    stored.sha256(), stored.sizeBytes(), LocalDateTime.now(clock), Actor.current()));
        } catch (RuntimeException e) {
            files.delete(stored.storedPath());
            throw e;
        }
    }

    /** Removes the attachment's record (with an audit row) and then its stored file. */
    public void remove(long attachmentId) {
        Attachment a = repository.find(attachmentId).orElseThrow(() -> new UserFacingException("error.recordGone"));
        if (repository.delete(a, Actor.current(), LocalDateTime.now(clock))) {
            files.delete(a.storedPath());
        }
    }

    /** Marks an item not applicable; the note saying why is required. */
    public void markNotApplicable(long dealId, DiligenceItem item, String note) {
        String clean = note == null ? "" : note.strip();
        if (clean.isEmpty()) {
            throw new ValidationException(List.of(Problem.error("diligenceFile.noteRequired", "note", item.label())));
        }
        if (clean.length() > NOTE_MAX) {
            throw new ValidationException(List.of(Problem.error("validation.tooLong", "note",
                    "diligenceFile.note", NOTE_MAX)));
        }
        repository.setNotApplicable(dealId, item, clean, Actor.current(), LocalDateTime.now(clock));
    }

    /** Takes back a not-applicable mark. */
    public void clearNotApplicable(long dealId, DiligenceItem item) {
        repository.setNotApplicable(dealId, item, null, Actor.current(), LocalDateTime.now(clock));
    }

    /** Re-hashes the stored file: intact, changed since it was attached, or gone. */
    public AttachmentCheck verify(long attachmentId) {
        Attachment a = repository.find(attachmentId).orElseThrow(() -> new UserFacingException("error.recordGone"));
        return files.verify(a.storedPath(), a.sha256(), a.sizeBytes());
    }

    /** Where the attachment's file lives (for opening it). */
    public Path resolve(Attachment a) {
        return files.resolve(a.storedPath());
    }
}
