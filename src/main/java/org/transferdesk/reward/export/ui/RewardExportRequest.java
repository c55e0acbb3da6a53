package org.transferdesk.reward.export.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import org.transferdesk.reward.export.UnitInfo;

/** What the clerk asked for in the reward export dialog. */
public sealed interface RewardExportRequest {
    /** A file name to offer in the save dialog. */
    String suggestedFileName();

    /** The 备案表 of a month's payments. */
    record TaxFiling(YearMonth month, UnitInfo unit) implements RewardExportRequest {
        @Override
        public String suggestedFileName() {
            return "备案表-" + month + ".xlsx";
        }
    }

    /** The 发放表 of a date range. */
    record Payroll(LocalDate from, LocalDate to) implements RewardExportRequest {
        @Override
        public String suggestedFileName() {
            return "发放表-" + from + "-" + to + ".xlsx";
        }
    }

    /** The 个人奖励明细 of one person. */
    record Statement(String staffNo) implements RewardExportRequest {
        @Override
        public String suggestedFileName() {
            return "个人奖励明细-" + staffNo + ".xlsx";
        }
    }
}
