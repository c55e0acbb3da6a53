package org.transferdesk.reward.export;

/** The filing unit of the 备案表: its name and 统一社会信用代码 (either may be blank, then left empty). */
public record UnitInfo(String name, String creditCode) {
    public UnitInfo {
        name = name == null ? "" : name.strip();
        creditCode = creditCode == null ? "" : creditCode.strip();
    }
}
