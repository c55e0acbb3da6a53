package org.transferdesk.ui;

/** The commands of the main window's menu. */
public interface ShellActions {
    void importLedger();

    void downloadTemplate();

    /** The records in the import format (导出台账). */
    void exportLedger();

    void backupNow();

    void restoreBackup();

    /** 备案表 of a month's reward payments. */
    void exportTaxFiling();

    /** 发放表 for the finance office. */
    void exportPayroll();

    /** 个人奖励明细 of one person. */
    void exportRewardStatement();

    void about();

    /** The user chose a text size (percent of normal): applied to every window and kept for the next start. */
    void zoom(int percent);

    void exit();
}
