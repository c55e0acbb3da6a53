package org.transferdesk.ip;

import org.transferdesk.common.Labeled;

/** Legal status of an IP asset. */
public enum IpStatus implements Labeled {
    FILED, UNDER_EXAMINATION, GRANTED, REGISTERED, REJECTED, WITHDRAWN, LAPSED, EXPIRED, TRANSFERRED;

    @Override
    public String labelPrefix() {
        return "ipStatus";
    }
}
