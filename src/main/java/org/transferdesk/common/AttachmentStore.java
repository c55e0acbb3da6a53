package org.transferdesk.common;

import java.nio.file.Path;

/**
 * Where attached documents (deals' diligence files, pilot cases' step documents) are kept: this PC's data folder
 * ({@link FileStore}), or, on an office's shared database, the database itself, so every colleague sees them (issue
 * 21). A stored document is known by its stored path, its SHA-256 and its size, which the records keep.
 */
public interface AttachmentStore {
    /** What a stored copy is: the user's file name, where it is kept, its hash and size. */
    record StoredFile(String fileName, String storedPath, String sha256, long sizeBytes) {
    }

    /** Keeps a copy of {@code source} under {@code attachments/<folder>/}; refused with a clerk's message on failure. */
    StoredFile store(Path source, String folder);

    /** Re-hashes a stored document: intact, changed since it was stored, or gone. */
    AttachmentCheck verify(String storedPath, String sha256, long sizeBytes);

    /** A file on this PC with the stored document's content, for opening it. */
    Path resolve(String storedPath);

    void delete(String storedPath);
}
