package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;

/** Issue 19: every date option is refused outside 1949-01-01 … 2100-12-31, naming the option; impossible dates too. */
class CliDatesTest {
    @TempDir
    Path dir;

    @AfterEach
    void chineseAgain() {
        I18n.setLocale(I18n.CHINESE); // --lang en is process-wide; later tests expect the default
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            1948-12-31, 2
            1949-01-01, 0
            2100-12-31, 0
            2101-01-01, 2
            0000-01-01, 2
            9999-12-31, 2
            2024-02-29, 0
            2023-02-29, 2
            """)
    void settingOn_acceptsOnlyPlausibleDates(String on, int exit) {
        CliRunner cli = new CliRunner();
        int code = cli.run("setting", "price.publicity.days", "--on", on, "--data-dir", dir.toString(), "--lang", "en");
        assertThat(code).as(cli.err.toString()).isEqualTo(exit);
        if (exit == 0) {
            assertThat(cli.out.toString()).contains("price.publicity.days = ");
        } else if (on.equals("2023-02-29")) {
            assertThat(cli.err.toString()).contains("Invalid value for --on=").contains("\"2023-02-29\"");
        } else {
            assertThat(cli.err.toString()).contains("--on=").contains(on)
                    .contains("outside the dates TransferDesk accepts (1949-01-01 to 2100-12-31)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            --from, 0000-01-01
            --to,   9999-12-31
            """)
    void exportPayroll_refusesAnImplausibleRange_inChinese(String option, String date) {
        CliRunner cli = new CliRunner();
        int code = cli.run("export", "payroll", "--data-dir", dir.toString(), option, date, "--out",
                dir.resolve("p.xlsx").toString());
        assertThat(code).as(cli.err.toString()).isEqualTo(2);
        assertThat(cli.err.toString()).contains(option + "=").contains("不在本系统接受的日期范围内");
    }
}
