package org.transferdesk.ui;

import java.util.List;

/**
 * Who a result, a deal or a pilot case may be assigned to (经办人/技术经理人, issue 22), as an editor asks for it in
 * the background when it loads: the composition root answers from the accounts, so the features' editors need not
 * know them.
 */
@FunctionalInterface
public interface Assignees {
    /** No accounts to choose from and no chooser offered (tests, and editors built without the accounts). */
    Assignees NONE = () -> Options.NONE;

    /** Reads the active accounts and who is signed in; runs off the UI thread. */
    Options options();

    /** One account to choose: {@code login} is what is saved, {@code displayName} what is shown. */
    record Assignee(String login, String displayName) {
    }

    /**
     * {@code active}: the accounts that may be chosen; {@code own}: the signed-in technology manager's login, whose
     * new records are theirs and who may choose no one else (the database would refuse it), null for every other
     * role; {@code offered}: whether the editors show the field at all (on the shared database; on the embedded one
     * there is no one else to hand a case to).
     */
    record Options(List<Assignee> active, String own, boolean offered) {
        public static final Options NONE = new Options(List.of(), null, false);

        public Options {
            active = List.copyOf(active);
        }

        /** The assignee of a new record: the signed-in technology manager, else none. */
        public Assignee forNew() {
            return own == null ? null : active.stream().filter(a -> a.login().equals(own)).findFirst()
                    .orElse(new Assignee(own, own));
        }
    }
}
