package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.junit.jupiter.api.Tag;

/** Issue 19: what a clerk reads when another process got in the way of a write, and the write mutex's wait. */
@Tag(TestDatabase.TAG)
class WriteFailuresTest {
    /** PostgreSQL's errors carry code 0 and a standard SQLState (issue 21). */
    @ParameterizedTest
    @CsvSource({
        "55P03, error.databaseBusy",
        "40P01, error.databaseBusy",
        "40001, error.databaseBusy",
        "08006, error.databaseConnectionLost",
        "08001, error.databaseConnectionLost",
        "57P01, error.databaseConnectionLost",
        "57P03, error.databaseConnectionLost",
        "57014, ",
        "23505, ",
        "22021, ",
        "42601, "})
    void postgresqlSqlStates_becomeTheirMessage(String state, String key) {
        DataAccessException failure = new DataAccessException("SQL [insert]", new SQLException("pg says", state, 0));
        assertThat(WriteFailures.explain(failure).map(UserFacingException::key).orElse(null)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
        "50200, error.databaseBusy",
        "40001, error.databaseBusy",
        "90067, error.databaseConnectionLost",
        "90098, error.databaseConnectionLost",
        "90121, error.databaseConnectionLost",
        "23505, ",
        "90020, ",
        "0, "})
    void h2ErrorCodes_becomeTheirMessage(int code, String key) {
        DataAccessException failure = new DataAccessException("SQL [insert]", new SQLException("h2 says", "HY000", code));
        assertThat(WriteFailures.explain(failure).map(UserFacingException::key).orElse(null)).isEqualTo(key);
        WriteFailures.explain(failure).ifPresent(u -> assertThat(u.getCause()).as("kept for the log").isSameAs(failure));
    }

    @ParameterizedTest
    @CsvSource({
        // broken connections, failing every time: five attempts, then the failure for the clerk's message
        "90067, 5, 5",
        "90098, 5, 5",
        "90121, 5, 5",
        // broken once: the second attempt is the one that counts
        "90067, 1, 2",
        // busy, a refused key or anything else: told at once, never run again
        "50200, 1, 1",
        "23505, 1, 1",
        "0, 1, 1"})
    void aTransactionWhoseHostLeft_isRunAgain_atMostFiveTimes(int code, int failures, int attempts) {
        int[] runs = new int[1];
        java.util.function.Supplier<String> transaction = () -> {
            runs[0]++;
            if (runs[0] <= failures) {
                throw new DataAccessException("SQL [insert]", new SQLException("h2 says", "HY000", code));
            }
            return "written";
        };
        if (failures >= attempts) {
            assertThatThrownBy(() -> WriteFailures.retryWhenHostLeft(transaction)).isInstanceOf(DataAccessException.class);
        } else {
            assertThat(WriteFailures.retryWhenHostLeft(transaction)).isEqualTo("written");
        }
        assertThat(runs[0]).isEqualTo(attempts);
    }

    @Test
    void theBusyMessage_saysAnotherTransferDeskIsWriting_inBothLanguages() {
        try {
            I18n.setLocale(I18n.CHINESE);
            assertThat(I18n.t("error.databaseBusy")).startsWith("另一个 TransferDesk 正在写入数据库").contains("未写入任何数据");
            assertThat(I18n.t("error.databaseConnectionLost")).contains("未写入任何数据", "再运行一次");
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }
    }

    @Test
    void aSecondWriter_waitsForTheFirst_andWhenTheWaitRunsOut_isToldTheDatabaseIsBusy() throws Exception {
        try (Database db = TestDatabase.fresh()) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread first = new Thread(() -> db.dsl().transaction(c -> {
                WriteMutex.take(c.dsl(), WriteMutex.bulkWait());
                holding.countDown();
                release.await(30, TimeUnit.SECONDS);
            }));
            first.start();
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> db.dsl().transaction(c -> WriteMutex.take(c.dsl(), Duration.ofMillis(200))))
                    .satisfies(e -> assertThat(WriteFailures.explain(e).map(UserFacingException::key))
                            .contains("error.databaseBusy"));

            // the second writer that waits long enough gets the lock once the first is done
            Thread second = new Thread(() -> db.dsl().transaction(c -> WriteMutex.take(c.dsl(), Duration.ofSeconds(30))));
            second.start();
            release.countDown();
            first.join(30_000);
            second.join(30_000);
            assertThat(second.isAlive()).isFalse();
        }
    }

    @Test
    void theBulkWait_isLong_unlessATestShortensIt() {
        assertThat(WriteMutex.bulkWait()).isEqualTo(Duration.ofMinutes(10));
        System.setProperty("transferdesk.writeWaitSeconds", "3");
        try {
            assertThat(WriteMutex.bulkWait()).isEqualTo(Duration.ofSeconds(3));
        } finally {
            System.clearProperty("transferdesk.writeWaitSeconds");
        }
    }
}
