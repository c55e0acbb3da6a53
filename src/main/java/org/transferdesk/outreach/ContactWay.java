package org.transferdesk.outreach;

import org.transferdesk.common.Labeled;

/** How a company was contacted: 走访, 电话, 邮件, 会议, 其他. */
public enum ContactWay implements Labeled {
    VISIT, PHONE, EMAIL, MEETING, OTHER;

    @Override
    public String labelPrefix() {
        return "outreachWay";
    }
}
