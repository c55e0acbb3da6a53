package org.transferdesk.fees.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.fees.CoOwnedPeriod;
import org.transferdesk.fees.FeePlan;
import org.transferdesk.fees.FeeRules;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.fees.OpenLicencePeriod;
import org.transferdesk.fees.PatentFeeInput;
import org.transferdesk.fees.PortfolioReview;
import org.transferdesk.ip.IpType;
import org.transferdesk.pilot.MaintenancePayer;
import org.transferdesk.pilot.export.XlsxRows;

/** The fee budget and the portfolio review read back from their files, in Chinese and English. */
class FeePlanXlsxTest {
    private static final FeeRules STATUTORY = FeeSettings.STATUTORY;
    @TempDir
    Path tmp;

    /**
     * E10 (year 8 due 2026-07-14, paid), a co-owned invention by share 30% (year 7 due 2026-03-09) and an old
     * invention under open licence since 2025 (grant year 4; year 17 due 2026-04-30, beyond 费减: 8,000 less 15%).
     */
    private final List<PatentFeeInput> patents = List.of(
            new PatentFeeInput(1, 10, "CG-2019-001", "一种储能材料", "201910000001.1", IpType.INVENTION_PATENT,
                    LocalDate.of(2019, 7, 15), LocalDate.of(2022, 3, 8), null, Set.of(8), List.of()),
            new PatentFeeInput(2, 20, "CG-2020-002", "一种传感器", "202010000003.X", IpType.INVENTION_PATENT,
                    LocalDate.of(2020, 3, 10), LocalDate.of(2023, 5, 20), null, Set.of(), List.of(new CoOwnedPeriod(
                    LocalDate.of(2024, 1, 1), null, MaintenancePayer.BY_SHARE, Percent.ofPercent("30"), "FQ-2024-001"))),
            new PatentFeeInput(3, 30, "CG-2010-003", "一种催化剂", "201010000005.2", IpType.INVENTION_PATENT,
                    LocalDate.of(2010, 5, 1), LocalDate.of(2013, 6, 1), null, Set.of(), List.of(),
                    List.of(new OpenLicencePeriod(LocalDate.of(2025, 1, 1), null, "XK-2025-001"))));

    @Test
    void theBudget_hasTitle_columns_aRowPerFee_andTotals() throws IOException {
        Path file = tmp.resolve("fees.xlsx");
        FeePlanXlsx.write(file, FeePlan.of(2026, patents, STATUTORY));

        List<List<String>> rows = XlsxRows.read(file);
        assertThat(rows.get(0).get(0)).isEqualTo("2026年专利年费预算");
        assertThat(XlsxRows.rowOf(rows, "序号")).containsExactly("序号", "成果编号", "专利名称", "申请号", "类型", "年度",
                "应缴日", "全额", "减缴", "应缴金额", "学校承担", "共有人承担", "状态");
        assertThat(XlsxRows.rowOf(rows, "CG-2020-002")).containsExactly("1", "CG-2020-002", "一种传感器",
                "202010000003.X", "发明专利", "7", "2026-03-09", "2000.00", "费减70%", "600.00", "180.00", "420.00", "未缴");
        // R-PAT-OPEN: the sheet says which reduction applied, not only how much
        assertThat(XlsxRows.rowOf(rows, "CG-2010-003")).containsExactly("2", "CG-2010-003", "一种催化剂",
                "201010000005.2", "发明专利", "17", "2026-04-30", "8000.00", "开放许可减15%", "6800.00", "6800.00",
                "0.00", "未缴");
        assertThat(XlsxRows.rowOf(rows, "CG-2019-001")).containsExactly("3", "CG-2019-001", "一种储能材料",
                "201910000001.1", "发明专利", "8", "2026-07-14", "2000.00", "费减85%", "300.00", "300.00", "0.00", "已缴");
        List<String> totals = XlsxRows.rowOf(rows, "合计");
        assertThat(totals).contains("7700.00", "7280.00", "420.00");
        assertThat(String.join("|", rows.stream().flatMap(List::stream).toList()))
                .contains("共 3 项：已缴 1 项，未缴 2 项。", "加收当年全额年费的5%", "自授权当年起10年内");

        I18n.setLocale(I18n.ENGLISH);
        FeePlanXlsx.write(file, FeePlan.of(2026, patents, STATUTORY));
        List<List<String>> english = XlsxRows.read(file);
        assertThat(english.get(0).get(0)).isEqualTo("Patent annual fee budget 2026");
        assertThat(XlsxRows.rowOf(english, "No.")).contains("Application no.", "Payable", "University pays",
                "Co-owners pay", "Status");
        assertThat(XlsxRows.rowOf(english, "CG-2020-002")).contains("Invention patent", "Fee reduction 70%", "Unpaid");
        assertThat(XlsxRows.rowOf(english, "CG-2010-003")).contains("Open licence reduction 15%");
        assertThat(XlsxRows.rowOf(english, "Total")).contains("7700.00");
    }

    @Test
    void theReview_listsTheGaps() throws IOException {
        Path file = tmp.resolve("review.xlsx");
        LocalDate today = LocalDate.of(2026, 11, 22);
        FeePlanXlsx.writeReview(file, PortfolioReview.of(patents, Map.of(10L, new BigDecimal("1000")), today, 3,
                STATUTORY), today, 3);
        List<List<String>> rows = XlsxRows.read(file);
        assertThat(rows.get(0).get(0)).isEqualTo("专利维持评估表");
        assertThat(XlsxRows.rowOf(rows, "序号")).containsExactly("序号", "成果编号", "专利名称", "申请号", "类型",
                "下次应缴日", "未来应缴年费", "减缴", "成果已获收入", "差额");
        // the open licence: years 18–20 at 8,000 less 15%; the co-owned one: years 8–10 joint-reduced (grant year
        // 4, 10 years) 600 + 600 + 1,200; E10 years 9–11: 300 + 600 + 600 less 1,000 earned
        assertThat(XlsxRows.rowOf(rows, "CG-2010-003")).containsExactly("1", "CG-2010-003", "一种催化剂",
                "201010000005.2", "发明专利", "2027-04-30", "20400.00", "开放许可减15%", "0.00", "20400.00");
        assertThat(XlsxRows.rowOf(rows, "CG-2020-002")).containsSequence("2", "CG-2020-002").containsSequence(
                "2027-03-09", "2400.00", "费减70%", "0.00", "2400.00");
        assertThat(XlsxRows.rowOf(rows, "CG-2019-001")).containsExactly("3", "CG-2019-001", "一种储能材料",
                "201910000001.1", "发明专利", "2027-07-14", "1500.00", "费减85%", "1000.00", "500.00");
        assertThat(String.join("|", rows.stream().flatMap(List::stream).toList()))
                .contains("统计日期：2026-11-22。未来 3 年", "共 3 件专利");
    }
}
