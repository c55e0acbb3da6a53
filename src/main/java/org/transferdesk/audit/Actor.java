package org.transferdesk.audit;

/**
 * Who is making changes: the account signed in (issue 22) — on the shared database the PostgreSQL login, which the
 * database writes into its audit rows whatever this says; on the embedded database the local user's login. Until a
 * sign-in (tests, a command that writes nothing) the operating-system user.
 */
public final class Actor {
    private static volatile String signedIn;

    private Actor() {
    }

    public static String current() {
        String login = signedIn;
        if (login != null) {
            return login;
        }
        return osUser();
    }

    /** The operating-system user's name, the embedded database's login. */
    public static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    /** One process, one person: the app and each command sign in once, after opening the database. */
    public static void signIn(String login) {
        signedIn = login;
    }
}
