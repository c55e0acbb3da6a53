package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.demo.DemoDataGenerator;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.persistence.DemoWriter;
import picocli.CommandLine;

class DemoCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new DemoCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void demo_fillsAnEmptyFolder_thenRefusesTheSameFolder() {
        int first = run("--data-dir", tmp.toString(), "--results", "50", "--people", "40");

        assertThat(first).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已生成演示数据", "40 名人员", "50 项成果", "随机种子 20161122");

        int second = run("--data-dir", tmp.toString(), "--results", "50", "--people", "40");

        assertThat(second).isEqualTo(1);
        assertThat(err.toString()).contains("演示数据只能填入空数据库", "--data-dir");
    }

    @Test
    void demo_speaksEnglishWhenAsked_andHonoursTheSeed() {
        int exit = run("--data-dir", tmp.toString(), "--results", "10", "--people", "5", "--seed", "7", "--lang", "en");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Demo data created", "15 schools", "5 people", "10 results", "seed 7");
        assertThat(err.toString()).contains("Writing demo data… 100%");
    }

    @Test
    void demo_refusesCountsThatMakeNoSense() {
        assertThat(run("--data-dir", tmp.toString(), "--people", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--people");
        assertThat(run("--data-dir", tmp.toString(), "--people", "3", "--results", "-1")).isEqualTo(2);
    }

    /** What a demo killed after its first transaction leaves: people and results, marked unfinished. */
    private void interruptedDemo(Path data) {
        try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
            new DemoWriter(context.database().dsl()).write(new DemoDataGenerator(DemoService.DEFAULT_SEED)
                    .generate(20, 30, LocalDate.now(TestDatabase.CLOCK)), "test", LocalDateTime.now(TestDatabase.CLOCK),
                    ProgressSink.NONE);
        }
    }

    private int people(Path data) {
        try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
            return context.database().dsl().fetchCount(org.transferdesk.db.jooq.Tables.PERSON);
        }
    }

    @Test
    void anInterruptedDemo_isMadeAgain_whenNothingWasSavedSince() {
        interruptedDemo(tmp);
        CliRunner cli = new CliRunner();
        assertThat(cli.run("info", "--data-dir", tmp.toString())).as(cli.err.toString()).isZero();

        assertThat(cli.run("demo", "--data-dir", tmp.toString(), "--people", "5", "--results", "10"))
                .as(cli.err.toString()).isZero();
        assertThat(cli.err.toString()).contains("上次生成演示数据时被中断");
        Path clean = tmp.resolve("clean");
        assertThat(cli.run("demo", "--data-dir", clean.toString(), "--people", "5", "--results", "10")).isZero();
        assertThat(people(tmp)).as("the interrupted demo's 20 people went with it").isEqualTo(people(clean))
                .isLessThan(20);
    }

    @Test
    void anInterruptedDemo_withAnImportSavedSince_isKept_andNeverWiped() throws IOException {
        interruptedDemo(tmp);
        Path ledger = Files.createDirectories(tmp.resolve("ledger"));
        Files.writeString(ledger.resolve("人员.csv"), "工号,姓名,院系\nZ001,张三,新学院\n", StandardCharsets.UTF_8);
        CliRunner cli = new CliRunner();
        assertThat(cli.run("import", ledger.toString(), "--data-dir", tmp.toString())).as(cli.err.toString()).isZero();

        assertThat(cli.run("demo", "--data-dir", tmp.toString(), "--people", "5", "--results", "10")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("演示数据只能填入空数据库").doesNotContain("上次生成演示数据时被中断");
        assertThat(people(tmp)).as("the demo's people and the imported one, all kept").isEqualTo(20 + 1);
    }
}
