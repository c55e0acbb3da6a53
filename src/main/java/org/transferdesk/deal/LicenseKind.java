package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** 许可类型: 独占 / 排他 / 普通. */
public enum LicenseKind implements Labeled {
    EXCLUSIVE, SOLE, ORDINARY;

    @Override
    public String labelPrefix() {
        return "licenseKind";
    }
}
