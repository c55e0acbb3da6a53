package org.transferdesk.disclosure;

import org.transferdesk.common.Labeled;

/** 经费来源: 财政资金 / 横向委托 / 自筹 / 其他. */
public enum FundingSource implements Labeled {
    FISCAL, COMMISSIONED, SELF_FUNDED, OTHER;

    @Override
    public String labelPrefix() {
        return "funding";
    }
}
