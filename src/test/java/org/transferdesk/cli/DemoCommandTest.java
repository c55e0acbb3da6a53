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
        int first = run("--data-dir", tmp.toString(), "--results", "50", "--people", "40", "--lang", "en");

        assertThat(first).as(err.toString()).isZero();
        assertThat(out.toString()).contains("40 people", "50 results", "15 schools", "seed 20161122");

        int second = run("--data-dir", tmp.toString(), "--results", "50", "--people", "40", "--lang", "en");

        assertThat(second).isEqualTo(1);
        assertThat(err.toString()).contains(I18n.t("demo.notEmpty")).contains("--data-dir");
    }

    @Test
    void demo_speaksChineseByDefault_andHonoursTheSeed() {
        int exit = run("--data-dir", tmp.toString(), "--results", "10", "--people", "5", "--seed", "7");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("已生成演示数据", "5 名人员", "10 项成果", "随机种子 7");
    }

    @Test
    void demo_refusesCountsThatMakeNoSense() {
        assertThat(run("--data-dir", tmp.toString(), "--people", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--people");
        assertThat(run("--data-dir", tmp.toString(), "--people", "3", "--results", "-1")).isEqualTo(2);
    }
}
