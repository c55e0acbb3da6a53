package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.fees.ui.FeePlanFixture;
import org.transferdesk.pilot.export.XlsxRows;

/** {@code export fee-plan} and {@code export portfolio-review} on a data folder holding one granted patent. */
class FeePlanExportCommandsTest extends DataFolderCommandTest {
    @BeforeEach
    void setUp() {
        inDataFolder(FeePlanFixture::grantedPatent);
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
                        "9", "2027-07-14", "2000.00", "费减85%", "300.00", "300.00", "0.00", "未缴");
    }

    /**
     * Issue 18 item 3: the 2027 plan showed the invention's year 9 at 2,000.00 and a utility model's year 7 at
     * 1,200.00 「不减缴」; fees due from 2018-08-01 are reduced for 10 fee years from the grant year (R-PAT-FEE).
     */
    @Test
    void feePlan2027_reducesTenYearsFromTheGrantYear_inventionYear9_300_utilityModelYear7_180() throws IOException {
        inDataFolder(FeePlanFixture::grantedUtilityModel);
        Path file = tmp.resolve("plan-2027.xlsx");
        assertThat(run("export", "fee-plan", "--data-dir", data.toString(), "--year", "2027", "--out",
                file.toString())).as(err.toString()).isZero();

        List<List<String>> rows = XlsxRows.read(file);
        assertThat(XlsxRows.rowOf(rows, FeePlanFixture.UTILITY_MODEL_NO)).containsSequence("实用新型", "7",
                "2027-03-19", "1200.00", "费减85%", "180.00", "180.00", "0.00", "未缴");
        assertThat(XlsxRows.rowOf(rows, FeePlanFixture.APPLICATION_NO)).containsSequence("9", "2027-07-14",
                "2000.00", "费减85%", "300.00");
        assertThat(XlsxRows.rowOf(rows, "合计")).contains("480.00");
    }

    /**
     * R-PAT-OPEN on a real database: a signed open licence (许可, 开放) on the result reduces the invention's year 13
     * (due 2031-07-14, beyond 费减) by 15%; a draft or an ordinary licence does not.
     */
    @Test
    void feePlan_aSignedOpenLicenceOnTheResult_reducesYear13By15Percent() throws IOException {
        inDataFolder(context -> FeePlanFixture.openLicence(context, "XK-DRAFT", DealStatus.DRAFT,
                LocalDate.of(2026, 1, 1), null));
        Path draft = tmp.resolve("plan-2031-draft.xlsx");
        assertThat(run("export", "fee-plan", "--data-dir", data.toString(), "--year", "2031", "--out",
                draft.toString())).as(err.toString()).isZero();
        assertThat(XlsxRows.rowOf(XlsxRows.read(draft), FeePlanFixture.APPLICATION_NO)).containsSequence("13",
                "2031-07-14", "6000.00", "不减缴", "6000.00");

        inDataFolder(context -> FeePlanFixture.openLicence(context, "XK-2026-001", DealStatus.SIGNED,
                LocalDate.of(2026, 1, 1), LocalDate.of(2031, 7, 14)));
        Path file = tmp.resolve("plan-2031.xlsx");
        assertThat(run("export", "fee-plan", "--data-dir", data.toString(), "--year", "2031", "--out",
                file.toString())).as(err.toString()).isZero();
        assertThat(XlsxRows.rowOf(XlsxRows.read(file), FeePlanFixture.APPLICATION_NO)).containsSequence("13",
                "2031-07-14", "6000.00", "开放许可减15%", "5100.00", "5100.00");

        Path review = tmp.resolve("review-open.xlsx");
        assertThat(run("export", "portfolio-review", "--data-dir", data.toString(), "--years", "5", "--out",
                review.toString())).as(err.toString()).isZero();
        // years 9–12 under 费减 (the open licence's 15% is the smaller reduction): 300 + 600 × 3; year 13 under
        // the open licence: 5,100; the deals earned nothing
        assertThat(XlsxRows.rowOf(XlsxRows.read(review), FeePlanFixture.APPLICATION_NO)).containsSequence(
                "2027-07-14", "7200.00", "费减85%、开放许可减15%", "0.00", "7200.00");
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
