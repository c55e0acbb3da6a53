package org.transferdesk.deal;

import java.util.List;

/** One line of a deal's diligence checklist: the item, whether this deal needs it, and what is on file. */
public record DiligenceEntry(DiligenceItem item, boolean required, boolean notApplicable, String note,
                            List<Attachment> attachments) {
    public DiligenceEntry {
        attachments = List.copyOf(attachments);
    }

    public DiligenceStatus status() {
        if (!attachments.isEmpty()) {
            return DiligenceStatus.DONE;
        }
        if (notApplicable) {
            return DiligenceStatus.NOT_APPLICABLE;
        }
        return required ? DiligenceStatus.MISSING : DiligenceStatus.OPTIONAL;
    }

    public boolean isMissing() {
        return status() == DiligenceStatus.MISSING;
    }
}
