package org.transferdesk.db;

import org.jooq.SQLDialect;

/**
 * The two databases TransferDesk runs on (issue 21): the embedded H2 file of one PC, and an office's shared
 * PostgreSQL server. Each has its jOOQ dialect and a folder of the few migrations that must differ between them
 * (Flyway's {@code {vendor}} name: {@code db/vendor/h2}, {@code db/vendor/postgresql}).
 */
public enum DbVendor {
    H2("h2", SQLDialect.H2),
    POSTGRESQL("postgresql", SQLDialect.POSTGRES);

    private final String flywayName;
    private final SQLDialect dialect;

    DbVendor(String flywayName, SQLDialect dialect) {
        this.flywayName = flywayName;
        this.dialect = dialect;
    }

    SQLDialect dialect() {
        return dialect;
    }

    /** The class-path folder of this vendor's own migrations, beside the shared {@code db/migration}. */
    String migrations() {
        return "db/vendor/" + flywayName;
    }
}
