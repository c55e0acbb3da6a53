package org.transferdesk.need;

import org.transferdesk.common.Labeled;

/** Where the office learned of the need: 走访, 交易会, 政府需求清单, 平台, 其他. */
public enum NeedSource implements Labeled {
    VISIT, FAIR, GOVERNMENT_LIST, PLATFORM, OTHER;

    @Override
    public String labelPrefix() {
        return "needSource";
    }
}
