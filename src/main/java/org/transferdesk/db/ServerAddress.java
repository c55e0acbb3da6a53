package org.transferdesk.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.transferdesk.common.UserFacingException;

/**
 * Where an office's shared PostgreSQL database is (issue 21): host, port, database, the login and whether the
 * connection is encrypted. Written {@code postgresql://host:port/database} on the command line and in the user's
 * settings; never holds the password.
 */
public record ServerAddress(String host, int port, String database, String user, boolean tls) {
    public static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        if (host == null || host.isBlank()) {
            throw new UserFacingException("error.server.noHost");
        }
        if (port < 1 || port > 65535) {
            throw new UserFacingException("error.server.badPort", port);
        }
        if (database == null || !database.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}")) {
            throw new UserFacingException("error.server.badDatabase", String.valueOf(database));
        }
        host = host.strip();
        user = user == null || user.isBlank() ? null : user.strip();
    }

    /**
     * Reads {@code postgresql://host[:port]/database} (also {@code postgres://} and the JDBC form
     * {@code jdbc:postgresql://…}); {@code ?sslmode=disable} turns encryption off, which is otherwise on.
     */
    public static ServerAddress parse(String text, String user) {
        String s = text == null ? "" : text.strip();
        if (s.regionMatches(true, 0, "jdbc:", 0, 5)) {
            s = s.substring(5);
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new UserFacingException("error.server.badUrl", text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres") || uri.getHost() == null
                || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new UserFacingException("error.server.badUrl", text);
        }
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        boolean tls = !query.contains("sslmode=disable");
        String userInUrl = uri.getUserInfo();
        if (userInUrl != null && userInUrl.contains(":")) {
            // a password in the address would end up in shell histories and settings files
            throw new UserFacingException("error.server.passwordInUrl");
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        return new ServerAddress(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                uri.getPath().substring(1), user != null ? user : userInUrl, tls);
    }

    /** The JDBC URL the driver connects with; without the password, which is given to the driver apart. */
    public String jdbcUrl() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        // require: encrypted, as an office LAN is not trusted with ID numbers; the certificate is not checked against
        // a CA, since IT departments commonly run a self-signed one (installer/SERVER.md says how to check it)
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + database + "?sslmode=" + (tls ? "require"
                : "disable");
    }

    /** The address as a clerk writes it, e.g. {@code postgresql://db.example.edu.cn:5432/transferdesk}. */
    @Override
    public String toString() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + hostPart + ":" + port + "/" + database + (tls ? "" : "?sslmode=disable");
    }
}
