package org.transferdesk.ui;

/** The commands of the main window's menu. */
public interface ShellActions {
    void importLedger();

    void downloadTemplate();

    void backupNow();

    void restoreBackup();

    void about();

    void exit();
}
