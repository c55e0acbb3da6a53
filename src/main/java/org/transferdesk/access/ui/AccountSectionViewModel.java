package org.transferdesk.access.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.transferdesk.access.AccountService;
import org.transferdesk.access.SignedIn;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Role;

/**
 * The settings page's 账户 section (issue 22): who is signed in; an administrator of the shared database opens
 * 用户管理 from here, anyone else reads their own account and that an administrator manages accounts; on the embedded
 * database the one user changes their name here.
 */
public final class AccountSectionViewModel {
    /** What the section offers. */
    public enum Mode {
        /** An administrator of the shared database: 用户管理…. */
        MANAGE,
        /** Anyone else on the shared database: their own account, read-only. */
        OWN,
        /** The embedded database: the one user's name. */
        LOCAL
    }

    private final AccountService accounts;
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper("");

    public AccountSectionViewModel(AccountService accounts) {
        this.accounts = accounts;
        refresh();
    }

    public Mode mode() {
        SignedIn signedIn = accounts.signedIn();
        return !signedIn.shared() ? Mode.LOCAL
                : signedIn.may(Role.Permission.MANAGE_ACCOUNTS) ? Mode.MANAGE : Mode.OWN;
    }

    /** Reads who is signed in again (after the embedded user's name changed). */
    public void refresh() {
        SignedIn signedIn = accounts.signedIn();
        who.set(I18n.t("accounts.section.who", signedIn.describe(), signedIn.login()));
    }

    /** "张敏（经办）, 登录名 zhangmin". */
    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    /** The sentence under it: what this mode means. */
    public String hint() {
        return switch (mode()) {
            case MANAGE -> I18n.t("accounts.section.hint.MANAGE");
            case OWN -> I18n.t("accounts.section.hint.OWN");
            // the shared-database button lives under 高级 (issue 24): named by the same keys as the section and button
            case LOCAL -> I18n.t("accountsFix.hint.LOCAL", I18n.t("settingsAdvanced.title"),
                    I18n.t("settings.sharedDatabase"));
        };
    }
}
