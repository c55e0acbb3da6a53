package org.transferdesk.pilot;

import java.time.LocalDateTime;

/** A document of a step (application form, review opinion, publicity notice, agreement, CNIPA notice …). */
public record PilotAttachment(Long id, long caseId, PilotStep step, String fileName, String storedPath, String sha256,
                              long sizeBytes, LocalDateTime addedAt, String addedBy) {
}
