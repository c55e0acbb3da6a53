package org.transferdesk.audit;

import org.transferdesk.common.Labeled;

public enum AuditAction implements Labeled {
    CREATE, UPDATE, DELETE, STATUS, IMPORT, MERGE, EXPORT, LOGIN, LOGIN_FAILED;

    @Override
    public String labelPrefix() {
        return "auditAction";
    }
}
