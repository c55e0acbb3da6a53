package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.app.AppContext;
import org.transferdesk.app.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.fees.ui.FeePlanFixture;
import org.transferdesk.pilot.export.XlsxRows;

/** {@code export fee-plan} and {@code export portfolio-review} on a data folder holding one granted patent. */
class FeePlanExportCommandsTest {
    @TempDir
    Path tmp;

    private Path data;
    private final CliRunner cli = new CliRunner();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @BeforeEach
    void setUp() {
        data = tmp.resolve("data");
        try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
            FeePlanFixture.grantedPatent(context);
        }
    }

    @AfterEach
    void resetLanguage() {
        I18n.setLocale(I18n.CHINESE);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void feePlan_writesTheYearsBudget_andPrintsThePath() throws IOException {
        Path file = tmp.resolve("out/plan.xlsx");
        assertThat(run("export", "fee-plan", "--data-dir", data.toString(), "--year", "2027", "--out",
                file.toString())).as(err.toString()).isZero();

        assertThat(out.toString().strip()).isEqualTo("已写入 " + file.toAbsolutePath());
        List<List<String>> rows = XlsxRows.read(file);
        assertThat(String.join("|", rows.get(0))).contains("2027年专利年费预算");
        assertThat(XlsxRows.rowOf(rows, FeePlanFixture.APPLICATION_NO))
                .containsExactly("1", "R-2023-0001", "一种高镍正极材料的制备方法", FeePlanFixture.APPLICATION_NO, "发明专利",
                        "9", "2027-07-14", "2000.00", "—", "2000.00", "2000.00", "0.00", "未缴");
    }

    @Test
    void feePlan_needsAYear() {
        assertThat(run("export", "fee-plan", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--year");
    }

    @Test
    void portfolioReview_listsThePatent() throws IOException {
        Path file = tmp.resolve("review.xlsx");
        assertThat(run("export", "portfolio-review", "--data-dir", data.toString(), "--years", "5", "--out",
                file.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains(file.toAbsolutePath().toString());
        List<List<String>> rows = XlsxRows.read(file);
        assertThat(String.join("|", rows.get(0))).contains("专利维持评估表");
        assertThat(XlsxRows.rowOf(rows, FeePlanFixture.APPLICATION_NO)).contains("R-2023-0001");
        assertThat(String.join("|", rows.stream().flatMap(List::stream).toList())).contains("未来 5 年");
    }

    @Test
    void portfolioReview_refusesZeroYears_inBothLanguages() {
        assertThat(run("export", "portfolio-review", "--data-dir", data.toString(), "--years", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--years 须为不小于 1 的整数");
        err.getBuffer().setLength(0);
        assertThat(run("export", "portfolio-review", "--data-dir", data.toString(), "--lang", "en", "--years", "0"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--years must be a whole number of at least 1");
    }
}
