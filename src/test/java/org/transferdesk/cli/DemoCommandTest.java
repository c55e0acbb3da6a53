package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.common.I18n;
import picocli.CommandLine;

class DemoCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreLanguage() {
        I18n.setLocale(I18n.CHINESE);
    }

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
}
