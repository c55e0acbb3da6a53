package org.transferdesk.deal;

import java.time.LocalDateTime;

/**
 * R-DILIGENCE: one file of a deal's diligence file. {@code storedPath} is relative to the data folder
 * ({@code attachments/<dealId>/<unique name>}, with '/' separators); {@code fileName} is the user's original name.
 */
public record Attachment(Long id, long dealId, DiligenceItem item, String fileName, String storedPath, String sha256,
                         long sizeBytes, LocalDateTime addedAt, String addedBy) {
}
