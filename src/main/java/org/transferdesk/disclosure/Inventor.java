package org.transferdesk.disclosure;

import org.transferdesk.common.Percent;

/** 完成人: a person's contribution share of one result and whether they are a 主要贡献人员. */
public record Inventor(long personId, String staffNo, String name, Percent share, boolean keyContributor) {

    /** The audit and export form: "T001 张三 40%*" (* = key contributor). */
    public String describe() {
        return staffNo + " " + name + " " + share + (keyContributor ? "*" : "");
    }
}
