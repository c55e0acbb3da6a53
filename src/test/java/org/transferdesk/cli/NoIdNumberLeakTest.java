package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.ledger.TestWorkbook.row;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.transferdesk.ledger.TestWorkbook;

/**
 * Issue 19: "no ID number appears in a log line or an error message" (DOMAIN: ID numbers are personal data, never in
 * logs). Ledgers with invalid, over-long and duplicated ID numbers beside other failing rows go through the real
 * command line; whatever it prints and whatever it logs (every level, with the causes' messages) is searched for each
 * number the files hold. The problems list written on the user's request is the user's own copy of the data and is
 * not searched.
 */
class NoIdNumberLeakTest {
    /** 11010519491231002X with a wrong check character; a valid number (twice); another type's; too long; a letter. */
    private static final String WRONG_CHECK = "110105194912310021";
    private static final String VALID = "11010519491231002X";
    private static final String BAD_BIRTH = "110105194913310024";
    private static final String TOO_LONG = "1101051949123100211101051949123100219";
    private static final String LETTER = "11010519491231002A";
    private static final String PASSPORT = "E12345678";
    private static final List<String> ID_NUMBERS = List.of(WRONG_CHECK, VALID, BAD_BIRTH, TOO_LONG, LETTER, PASSPORT);

    @TempDir
    Path tmp;

    private final CliRunner cli = new CliRunner();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    /** Our own lines at every level (the app's file logs INFO and up); the libraries' at the test set-up's level. */
    private final Logger ours = (Logger) LoggerFactory.getLogger("org.transferdesk");
    private Level ourLevel;

    @BeforeEach
    void captureEveryLogLine() {
        ourLevel = ours.getLevel();
        ours.setLevel(Level.TRACE);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void restore() {
        root.detachAppender(log);
        ours.setLevel(ourLevel);
    }

    private Path ledger(String file, Object[]... people) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("工号", "姓名", "院系", "身份证号", "身份证件类型"));
        rows.addAll(List.of(people));
        return TestWorkbook.create()
                .sheet("人员", rows.toArray(Object[][]::new))
                .sheet("成果", row("成果编号", "成果名称", "披露日期", "完成人"),
                        row("R-2024-0001", "甲", "2024-02-30", "T001:99*"),
                        row("R-2024-0002", "乙", "2024-03-01", "T404:100*"))
                .writeTo(tmp.resolve(file));
    }

    private String everythingShownOrLogged() {
        StringBuilder all = new StringBuilder(cli.out.toString()).append('\n').append(cli.err);
        for (ILoggingEvent e : log.list) {
            all.append('\n').append(e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                all.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
            }
        }
        return all.toString();
    }

    @Test
    void failingImportsAndCommands_neverShowOrLogAFullIdNumber() throws IOException {
        Path data = tmp.resolve("data");
        Path bad = ledger("bad.xlsx",
                row("T001", "张三", "材料学院", WRONG_CHECK, null),
                row("T002", "李四", null, BAD_BIRTH, null),
                row("T003", "王五", null, TOO_LONG, "护照"),
                row("T004", "赵六", null, LETTER, null),
                row("T005", "钱七", null, VALID, null),
                row("T006", "孙八", null, VALID, null),
                row("T006", "孙八", null, PASSPORT, "护照"));

        for (String lang : List.of("zh", "en")) {
            assertThat(cli.run("import", "--data-dir", data.toString(), "--lang", lang, bad.toString())).isEqualTo(2);
            assertThat(cli.run("import", "--data-dir", data.toString(), "--lang", lang, "--dry-run", bad.toString()))
                    .isEqualTo(2);
        }
        Path problems = tmp.resolve("problems.csv");
        assertThat(cli.run("import", "--data-dir", data.toString(), "--problems", problems.toString(), bad.toString()))
                .isEqualTo(2);
        // the people alone import (the same valid number twice is two people's business, not an error) …
        Path people = TestWorkbook.create().sheet("人员", row("工号", "姓名", "身份证号", "身份证件类型"),
                row("T005", "钱七", VALID, null), row("T006", "孙八", VALID, null), row("T007", "周九", PASSPORT, "护照"))
                .writeTo(tmp.resolve("people.xlsx"));
        assertThat(cli.run("import", "--data-dir", data.toString(), people.toString())).as(cli.err.toString()).isZero();
        // … and then fail again: a second import without --update, and one whose rows clash with what is stored
        assertThat(cli.run("import", "--data-dir", data.toString(), people.toString())).isEqualTo(2);
        assertThat(cli.run("import", "--data-dir", data.toString(), "--update", bad.toString())).isEqualTo(2);
        assertThat(cli.run("export", "statement", "--data-dir", data.toString(), "--staff-no", "T404", "--out",
                tmp.resolve("s.pdf").toString())).isNotZero();

        String shown = everythingShownOrLogged();
        assertThat(cli.err.toString()).as("the failures were reported").contains("身份证号", "ID number");
        for (String id : ID_NUMBERS) {
            assertThat(shown).as("stdout, stderr and the log").doesNotContain(id);
        }
        assertThat(shown).doesNotContain("\tat ");
        assertThat(Files.readString(problems, StandardCharsets.UTF_8)).as("the user's own problem list").isNotEmpty();
    }
}
