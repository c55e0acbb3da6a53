package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.PERSON;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.app.Launcher;
import org.transferdesk.db.Database;
import org.transferdesk.db.WriteMutex;
import org.transferdesk.deal.Receipt;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.RewardFixture;

/**
 * Issue 19, "concurrent commands fail part-way": real CLI processes (child JVMs, as a clerk's two terminals or the
 * GUI next to the CLI) on one data folder. The first to open the database hosts it (H2's auto-server); the others
 * reach it through the host, and take over when it exits.
 */
class ConcurrentCommandsTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path tmp;

    /**
     * The child that gets in the way: opens the data folder's database and, with {@code hold}, takes the write
     * mutex and keeps its transaction open; with {@code watch}, tells on its standard output when someone else holds
     * the mutex (a bulk writer is inside its transaction). Either way it waits for its standard input to close.
     */
    public static void main(String[] args) throws Exception {
        try (Database db = Database.openFile(DataFolder.resolve(Path.of(args[1])).database())) {
            if (args[0].equals("hold")) {
                db.dsl().transaction(c -> {
                    WriteMutex.take(db.dsl(), c.dsl(), new WriteMutex.Holder(WriteMutex.IMPORT, "王老师",
                            java.time.LocalDateTime.of(2026, 11, 22, 9, 30)));
                    say("held");
                    System.in.read();
                });
                return;
            }
            say("open");
            while (true) {
                try {
                    db.dsl().transaction(c -> {
                        c.dsl().execute("SET LOCK_TIMEOUT 50");
                        c.dsl().fetch("SELECT meta_value FROM app_meta WHERE meta_key = 'writeMutex' FOR UPDATE");
                    });
                } catch (RuntimeException taken) {
                    say("busy");
                    System.in.read();
                    return;
                }
                Thread.sleep(20);
            }
        }
    }

    private static void say(String word) {
        System.out.println(word);
        System.out.flush();
    }

    // --- (b) two imports sharing department names ---

    @Test
    void twoImportsAtOnce_sharingDepartments_bothSucceed_andNoDepartmentIsMadeTwice() throws Exception {
        Path a = ledger("a", 200, i -> "A" + i);
        Path b = ledger("b", 200, i -> "B" + i);
        for (int round = 0; round < 2; round++) {
            Path data = tmp.resolve("data" + round);
            CompletableFuture<Run> first = CompletableFuture.supplyAsync(() -> cli(data, "import", a.toString()));
            CompletableFuture<Run> second = CompletableFuture.supplyAsync(() -> cli(data, "import", b.toString()));
            for (Run run : List.of(first.get(), second.get())) {
                assertThat(run.code).as(run + "\n" + log(data)).isZero();
                assertThat(run.err).doesNotContain("\tat ", "Exception");
            }
            try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
                var dsl = context.database().dsl();
                assertThat(dsl.fetchCount(PERSON)).as("round " + round).isEqualTo(400);
                assertThat(dsl.fetchCount(DISCLOSURE)).isEqualTo(400);
                assertThat(dsl.fetchCount(DEPARTMENT)).as("the ten shared schools, once each").isEqualTo(10);
            }
        }
    }

    // --- (c) distribute next to an import ---

    @Test
    void distributeNextToAnImport_neitherLosesItsConnection_andNoReceiptIsDistributedTwice() throws Exception {
        Path data = tmp.resolve("data");
        try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
            RewardFixture fixture = new RewardFixture(context.database().dsl()).e1Team(LeaderRole.NONE);
            for (int i = 0; i < 15; i++) {
                fixture.licence("E" + i, true, List.of(new Receipt(null, LocalDate.of(2024, 6, 20),
                        new BigDecimal("100000.00"), "PZ-" + i, null)), List.of());
            }
        }
        Path ledger = ledger("a", 300, i -> "A" + i);
        for (int round = 0; round < 2; round++) {
            String[] importArgs = round == 0 ? new String[] {"import", ledger.toString()}
                    : new String[] {"import", "--update", ledger.toString()};
            CompletableFuture<Run> importing = CompletableFuture.supplyAsync(() -> cli(data, importArgs));
            CompletableFuture<Run> distributing = CompletableFuture.supplyAsync(() -> cli(data, "distribute"));
            for (Run run : List.of(importing.get(), distributing.get())) {
                assertThat(run.code).as(run + "\n" + log(data)).isZero();
                assertThat(run.err).doesNotContain("Connection is broken", "\tat ", "Exception");
            }
        }
        try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
            var dsl = context.database().dsl();
            assertThat(dsl.fetch("SELECT dr.receipt_id FROM distribution_receipt dr JOIN distribution d"
                    + " ON d.id = dr.distribution_id WHERE d.status <> 'REVOKED'"
                    + " GROUP BY dr.receipt_id HAVING COUNT(*) > 1")).as("a receipt in two live distributions").isEmpty();
            assertThat(dsl.fetchCount(org.transferdesk.db.jooq.Tables.DISTRIBUTION)).isEqualTo(15);
            assertThat(dsl.fetchCount(PERSON)).isEqualTo(4 + 300);
        }
    }

    // --- (d) a writer that holds the mutex too long ---

    @Test
    void aWriterBehindALongHolder_givesUpAfterItsWait_namingTheHolder_andTheCauseInTheLog() throws Exception {
        Path data = tmp.resolve("data");
        Path ledger = ledger("a", 5, i -> "A" + i);
        try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
            assertThat(context.database().schemaVersion()).isNotBlank();
        }
        Process holder = child("hold", data);
        try {
            assertThat(firstLine(holder)).isEqualTo("held");

            Run zh = cli(data, List.of("-Dtransferdesk.writeWaitSeconds=1"), "import", ledger.toString());
            Run en = cli(data, List.of("-Dtransferdesk.writeWaitSeconds=1"), "import", "--lang", "en",
                    ledger.toString());

            assertThat(zh.code).as(zh.toString()).isEqualTo(1);
            // issue 21: who holds the write lock and since when, as the holder noted it
            assertThat(zh.err.strip()).startsWith("王老师 自 2026-11-22 09:30 起正在进行的台账导入尚未完成")
                    .contains("未写入任何数据").doesNotContain("\tat ");
            assertThat(en.code).as(en.toString()).isEqualTo(1);
            assertThat(en.err.strip()).startsWith("A ledger import by 王老师 has been running since 2026-11-22 09:30")
                    .doesNotContain("\tat ");
            assertThat(log(data)).contains("error.writeMutexBusy", "Timeout trying to lock table");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
            assertThat(context.database().dsl().fetchCount(PERSON)).as("nothing of the refused imports").isZero();
        }
        assertThat(cli(data, "import", ledger.toString()).code).as("once the holder is gone").isZero();
    }

    // --- (e) the host is killed during a client's transaction ---

    @Test
    void theHostKilledDuringAClientsImport_theImportIsRolledBackAndRunAgain_onceAndWhole() throws Exception {
        Path data = tmp.resolve("data");
        Path big = ledger("big", 8_000, i -> "B" + i);
        Path small = ledger("small", 3, i -> "S" + i);
        Process host = child("watch", data);
        try {
            assertThat(firstLine(host)).isEqualTo("open");
            CompletableFuture<Run> importing = CompletableFuture.supplyAsync(() -> cli(data, "import", big.toString()));
            assertThat(firstLine(host)).as("the import took the write mutex").isEqualTo("busy");
            host.destroyForcibly();
            assertThat(host.waitFor(30, TimeUnit.SECONDS)).isTrue();

            Run run = importing.get(180, TimeUnit.SECONDS);
            assertThat(run.code).as(run.toString()).isZero();
            assertThat(run.err).doesNotContain("\tat ", "Exception");
            assertThat(log(data)).as("the first attempt broke with its host").contains("attempt 2 of 5",
                    "Connection is broken");
        } finally {
            host.destroyForcibly();
        }
        Run next = cli(data, "import", small.toString());
        assertThat(next.code).as(next.toString()).isZero();
        try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
            assertThat(context.database().dsl().fetchCount(PERSON)).as("the import once, whole, and the next command's")
                    .isEqualTo(8_000 + 3);
        }
    }

    private static String log(Path data) throws IOException {
        return Files.readString(DataFolder.resolve(data).logs().resolve("transferdesk.log"), StandardCharsets.UTF_8);
    }

    // --- helpers ---

    /** A CSV ledger: {@code rows} people spread over ten schools every ledger shares, and one result each. */
    private Path ledger(String name, int rows, IntFunction<String> staffNo) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("ledger-" + name));
        StringBuilder people = new StringBuilder("工号,姓名,院系\n");
        StringBuilder results = new StringBuilder("成果编号,成果名称,披露日期,院系,完成人\n");
        for (int i = 0; i < rows; i++) {
            String no = staffNo.apply(i);
            people.append(no).append(",姓名").append(no).append(",学院").append(i % 10).append('\n');
            results.append("R-").append(no).append(",成果").append(no).append(",2024-01-15,学院").append(i % 10)
                    .append(',').append(no).append(":100*\n");
        }
        Files.writeString(folder.resolve("人员.csv"), people, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("成果.csv"), results, StandardCharsets.UTF_8);
        return folder;
    }

    private Process child(String role, Path data) throws IOException {
        return new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"),
                ConcurrentCommandsTest.class.getName(), role, data.toString()).redirectErrorStream(true).start();
    }

    private static String firstLine(Process p) throws IOException {
        StringBuilder line = new StringBuilder();
        InputStream in = p.getInputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }

    private Run cli(Path data, String... args) {
        return cli(data, List.of(), args);
    }

    /** The CLI as the jar starts it, in a JVM of its own. */
    private Run cli(Path data, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
                // the app's own logging (into the data folder), not the tests' console logging
                "-Dlogback.configurationFile=" + ConcurrentCommandsTest.class.getResource("/logback.xml")));
        command.addAll(jvmOptions);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", data.toString()));
        try {
            Path out = Files.createTempFile(tmp, "out", ".txt");
            Path err = Files.createTempFile(tmp, "err", ".txt");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the command did not end: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n" + out + "\n" + err;
        }
    }
}
