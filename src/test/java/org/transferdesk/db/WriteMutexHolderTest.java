package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;

/**
 * Issue 21: a writer whose wait for the write lock runs out is told what holds it, by whom and since when. Two PCs
 * on one database: two {@link Database} opens, each with its own pool (on H2 two opens of one in-memory database).
 */
@Tag(TestDatabase.TAG)
class WriteMutexHolderTest {
    private static final LocalDateTime IMPORT_STARTED = LocalDateTime.of(2026, 11, 22, 9, 30);
    private static final LocalDateTime DISTRIBUTE_STARTED = LocalDateTime.of(2026, 11, 22, 9, 41);

    @ParameterizedTest
    @CsvSource({
        "zh, 王老师 自 2026-11-22 09:30 起正在进行的台账导入尚未完成",
        "en, A ledger import by 王老师 has been running since 2026-11-22 09:30",
    })
    void aWriterOnAnotherPc_whoseWaitRunsOut_isToldWhatHoldsTheLock_byWhom_andSinceWhen(String language,
                                                                                   String told) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(language));
        try (Database firstPc = TestDatabase.fresh(); Database secondPc = TestDatabase.secondConnection(firstPc)) {
            // the holder notes its login; the waiter is told the account's name (issue 22)
            firstPc.executeRaw("INSERT INTO app_user (login, display_name, user_role) VALUES ('wangls', '王老师', "
                    + "'CLERK')");
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<Throwable> holderFailed = new AtomicReference<>();
            Thread importing = new Thread(() -> {
                try {
                    firstPc.dsl().transaction(c -> {
                        WriteMutex.take(firstPc.dsl(), c.dsl(), new WriteMutex.Holder(WriteMutex.IMPORT, "wangls",
                                IMPORT_STARTED));
                        holding.countDown();
                        release.await(30, TimeUnit.SECONDS);
                    });
                } catch (Throwable t) {
                    holderFailed.set(t);
                    holding.countDown();
                }
            });
            importing.start();
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(holderFailed.get()).isNull();

            WriteMutex.Holder distributing = new WriteMutex.Holder(WriteMutex.DISTRIBUTE, "李老师", DISTRIBUTE_STARTED);
            assertThatThrownBy(() -> secondPc.dsl().transaction(c -> WriteMutex.take(secondPc.dsl(), c.dsl(),
                    distributing, Duration.ofMillis(300))))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.key()).isEqualTo("error.writeMutexBusy");
                        assertThat(e.getLocalizedMessage()).startsWith(told);
                        // the SQL error stays as the cause, for the log
                        assertThat(e.getCause()).isNotNull();
                    });

            // once the import is done, the waiting writer gets the lock and notes itself for the next one
            Thread second = new Thread(() -> secondPc.dsl().transaction(c -> WriteMutex.take(secondPc.dsl(), c.dsl(),
                    distributing, Duration.ofSeconds(30))));
            second.start();
            release.countDown();
            importing.join(30_000);
            second.join(30_000);
            assertThat(second.isAlive()).isFalse();
            assertThat(holderFailed.get()).isNull();
            assertThat(WriteMutex.holder(firstPc.dsl())).contains(distributing);
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }
    }

    @Test
    void withoutANotedHolder_theWaiterIsToldTheDatabaseIsBusy() throws Exception {
        try (Database firstPc = TestDatabase.fresh(); Database secondPc = TestDatabase.secondConnection(firstPc)) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // a holder that does not note itself: a TransferDesk from before issue 21 on the same database
            Thread older = new Thread(() -> firstPc.dsl().transaction(c -> {
                WriteMutex.take(c.dsl(), Duration.ofSeconds(30));
                holding.countDown();
                release.await(30, TimeUnit.SECONDS);
            }));
            older.start();
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            try {
                assertThatThrownBy(() -> secondPc.dsl().transaction(c -> WriteMutex.take(secondPc.dsl(), c.dsl(),
                        new WriteMutex.Holder(WriteMutex.IMPORT, "李老师", DISTRIBUTE_STARTED), Duration.ofMillis(300))))
                        .isInstanceOfSatisfying(UserFacingException.class,
                                e -> assertThat(e.key()).isEqualTo("error.databaseBusy"));
            } finally {
                release.countDown();
                older.join(30_000);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "writeMutex.work.import, 台账导入, A ledger import",
        "writeMutex.work.distribute, 奖酬分配, A distribution of rewards",
        "writeMutex.work.calendar, 工作日历修改, A change of the work calendar",
        "writeMutex.work.settings, 办公室设置修改, A change of the office settings",
        "writeMutex.work.demo, 演示数据写入, Writing the demo data",
        "writeMutex.work.newPilotCase, 新赋权试点案件保存, Saving a new pilot case",
    })
    void eachKindOfHolder_isNamedInBothLanguages(String key, String chinese, String english) {
        try {
            I18n.setLocale(I18n.CHINESE);
            assertThat(I18n.t(key)).isEqualTo(chinese);
            I18n.setLocale(I18n.ENGLISH);
            assertThat(I18n.t(key)).isEqualTo(english);
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }
    }
}
