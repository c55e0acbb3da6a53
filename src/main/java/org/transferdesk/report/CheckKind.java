package org.transferdesk.report;

import org.transferdesk.common.Labeled;

/** The data checks run before a report is exported. */
public enum CheckKind implements Labeled {
    NOT_REGISTERED, NO_RESULT, RECEIPT_UNSIGNED, REWARD_NOT_PUBLICISED, RESULT_NO_TYPE, RECEIVED_MORE,
    UNIT_PROVINCE_UNSET;

    @Override
    public String labelPrefix() {
        return "reportCheck";
    }
}
