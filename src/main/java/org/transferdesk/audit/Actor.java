package org.transferdesk.audit;

/** Who is making changes: the operating-system user until logins exist. */
public final class Actor {
    private Actor() {
    }

    public static String current() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
