package org.transferdesk.deal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.persistence.DiligenceRepository;

/**
 * R-DILIGENCE: each deal's diligence file (尽职免责). Files are copied into
 * {@code <data folder>/attachments/<dealId>/} under a unique name, hashed with SHA-256 while copying,
 * and recorded with size, time and the OS user; a copy is written under a temporary name, checked and
 * only then moved into place, so no half-copied file is ever recorded.
 */
public final class DiligenceService {
    public static final String ATTACHMENTS = "attachments";
    private static final int NOTE_MAX = 300;

    private final Path dataRoot;
    private final DiligenceRepository repository;
    private final Clock clock;

    public DiligenceService(Path dataRoot, DiligenceRepository repository, Clock clock) {
        this.dataRoot = dataRoot.toAbsolutePath().normalize();
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
        if (source == null || !Files.isRegularFile(source)) {
            throw new UserFacingException("diligenceFile.error.sourceMissing", String.valueOf(source));
        }
        String fileName = source.getFileName().toString();
        Path folder = dataRoot.resolve(ATTACHMENTS).resolve(Long.toString(dealId));
        String storedName = UUID.randomUUID() + extension(fileName);
        Path target = folder.resolve(storedName);
        Path temp = folder.resolve("." + storedName + ".part");
        String sha256;
        long size;
        try {
            Files.createDirectories(folder);
            long expected = Files.size(source);
            sha256 = copyHashing(source, temp);
            size = Files.size(temp);
            if (size != expected || !sha256.equals(sha256(temp))) {
                throw new IOException("copy of " + source + " does not match the original");
            }
            move(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UserFacingException("diligenceFile.error.copyFailed", new Object[] {fileName, e.getMessage()}, e);
        }
        String stored = ATTACHMENTS + "/" + dealId + "/" + storedName;
        try {
            return repository.insert(new Attachment(null, dealId, item, fileName, stored, sha256, size,
                    LocalDateTime.now(clock), Actor.current()));
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /** Removes the attachment's record (with an audit row) and then its stored file. */
    public void remove(long attachmentId) {
        Attachment a = repository.find(attachmentId).orElseThrow(() -> new UserFacingException("error.recordGone"));
        if (repository.delete(a, Actor.current(), LocalDateTime.now(clock))) {
            deleteQuietly(resolve(a));
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
        Path file = resolve(a);
        try {
            return sha256(file).equals(a.sha256()) && Files.size(file) == a.sizeBytes() ? AttachmentCheck.INTACT
                    : AttachmentCheck.CHANGED;
        } catch (NoSuchFileException e) {
            return AttachmentCheck.FILE_MISSING;
        } catch (IOException e) {
            return Files.exists(file) ? AttachmentCheck.CHANGED : AttachmentCheck.FILE_MISSING;
        }
    }

    /** Where the attachment's file lives (for opening it). */
    public Path resolve(Attachment a) {
        Path p = dataRoot.resolve(a.storedPath()).normalize();
        if (!p.startsWith(dataRoot)) {
            throw new UserFacingException("diligenceFile.error.sourceMissing", a.storedPath());
        }
        return p;
    }

    /** The SHA-256 of a file as 64 lower-case hex digits, read as a stream. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String copyHashing(Path source, Path temp) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
             OutputStream out = Files.newOutputStream(temp)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    /** The original extension when it is short and plain (".pdf"), else none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return "";
        }
        String ext = fileName.substring(dot + 1);
        return ext.matches("[A-Za-z0-9]{1,10}") ? "." + ext.toLowerCase(java.util.Locale.ROOT) : "";
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover file does no harm: it is not recorded.
        }
    }
}
