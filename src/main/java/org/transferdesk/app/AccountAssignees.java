package org.transferdesk.app;

import java.util.List;
import org.transferdesk.access.Account;
import org.transferdesk.access.AccountService;
import org.transferdesk.access.SignedIn;
import org.transferdesk.common.Role;
import org.transferdesk.ui.Assignees;

/**
 * The editors' 经办人/技术经理人 choices from the accounts (issue 22): the active accounts; a signed-in technology
 * manager's own login, to which their new records go and beyond which they may not choose (on the shared database
 * row-level security refuses a record assigned to anyone else); the field offered on the shared database only, since
 * the embedded one has a single user and no one to hand a case to.
 */
final class AccountAssignees implements Assignees {
    private final AccountService accounts;

    AccountAssignees(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Options options() {
        SignedIn who = accounts.signedIn();
        List<Assignee> active = accounts.accounts().stream().filter(Account::active)
                .map(a -> new Assignee(a.login(), a.displayName())).toList();
        return new Options(active, who.role() == Role.MANAGER ? who.login() : null, accounts.shared());
    }
}
