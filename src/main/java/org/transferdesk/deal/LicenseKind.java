package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** 许可类型: 独占 / 排他 / 普通 / 开放 (开放许可, 专利法 第五十至五十二条 (2021), R-PAT-OPEN). */
public enum LicenseKind implements Labeled {
    EXCLUSIVE, SOLE, ORDINARY, OPEN;

    @Override
    public String labelPrefix() {
        return "licenseKind";
    }
}
