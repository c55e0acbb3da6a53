package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.UserFacingException;

/** How a clerk's {@code --db} address is read (issue 21), and what the driver is given. */
class ServerAddressTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "postgresql://db.example.edu.cn:5432/transferdesk | -     | db.example.edu.cn | 5432  | transferdesk | -     | true  | jdbc:postgresql://db.example.edu.cn:5432/transferdesk?sslmode=require",
        "postgresql://10.1.2.3/td                          | clerk | 10.1.2.3          | 5432  | td           | clerk | true  | jdbc:postgresql://10.1.2.3:5432/td?sslmode=require",
        "postgres://10.1.2.3:6543/td?sslmode=disable       | -     | 10.1.2.3          | 6543  | td           | -     | false | jdbc:postgresql://10.1.2.3:6543/td?sslmode=disable",
        "jdbc:postgresql://localhost:1/ledger_2026         | -     | localhost         | 1     | ledger_2026  | -     | true  | jdbc:postgresql://localhost:1/ledger_2026?sslmode=require",
        "postgresql://wang@host:65535/td                   | -     | host              | 65535 | td           | wang  | true  | jdbc:postgresql://host:65535/td?sslmode=require",
        "postgresql://wang@host/td                         | li    | host              | 5432  | td           | li    | true  | jdbc:postgresql://host:5432/td?sslmode=require",
        "  POSTGRESQL://[::1]:5432/td                      | -     | [::1]             | 5432  | td           | -     | true  | jdbc:postgresql://[::1]:5432/td?sslmode=require",
    })
    void anAddress_isRead(String text, String user, String host, int port, String database, String login, boolean tls,
                          String jdbc) {
        ServerAddress a = ServerAddress.parse(text, user);

        assertThat(a.host()).isEqualTo(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        assertThat(a.port()).isEqualTo(port);
        assertThat(a.database()).isEqualTo(database);
        assertThat(a.user()).isEqualTo(login);
        assertThat(a.tls()).isEqualTo(tls);
        assertThat(a.jdbcUrl()).isEqualTo(jdbc);
        assertThat(ServerAddress.parse(a.toString(), login)).isEqualTo(a);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "db.example.edu.cn                        | error.server.badUrl",
        "mysql://host/td                          | error.server.badUrl",
        "postgresql://host                        | error.server.badUrl",
        "postgresql://host/                       | error.server.badUrl",
        "postgresql://host:0/td                   | error.server.badPort",
        "postgresql://host:65536/td               | error.server.badPort",
        "postgresql://host/td;drop                | error.server.badDatabase",
        "postgresql://wang:secret@host/td         | error.server.passwordInUrl",
        "postgresql://host/td td                  | error.server.badUrl",
    })
    void aWrongAddress_isRefusedWithItsReason(String text, String key) {
        assertThatThrownBy(() -> ServerAddress.parse(text, null)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo(key);
    }
}
