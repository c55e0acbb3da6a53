package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;

/**
 * DOMAIN.md §8 E8 — the 2024 report's contracts C1–C8 with all their receipts (also those of other years).
 * Amounts in yuan; every receipt is passed one by one ({@code receiptsFrom} is LocalDate.MIN, receivedBefore 0).
 */
public final class E8Fixture {
    public static final int YEAR = 2024;

    private E8Fixture() {
    }

    public static ReportData data() {
        List<ReportContract> contracts = List.of(
                contract(1, "C1", "一种锂电池正极材料专利权转让", DealMode.TRANSFER, null, "2024-03-15", "150"),
                contract(2, "C2", "数据压缩方法专利实施许可", DealMode.LICENSE, LicenseKind.EXCLUSIVE, "2024-06-01", "120"),
                contract(3, "C3", "图像识别软件许可", DealMode.LICENSE, LicenseKind.ORDINARY, "2023-11-20", "60"),
                equity(),
                contract(5, "C5", "新型催化剂技术开发", DealMode.DEVELOPMENT, null, "2024-04-01", "300"),
                contract(6, "C6", "材料检测技术服务", DealMode.SERVICE, null, "2024-07-01", "25"),
                contract(7, "C7", "产线改造技术咨询", DealMode.CONSULTING, null, "2024-12-20", "8"),
                contract(8, "C8", "智能传感器技术开发", DealMode.DEVELOPMENT, null, "2022-05-01", "500"));
        List<ReportReceipt> receipts = new ArrayList<>();
        receipt(receipts, 1, "2024-04-01", "150");
        receipt(receipts, 2, "2024-06-20", "40");
        for (int y = 2025; y <= 2028; y++) {
            receipt(receipts, 2, y + "-06-20", "20");
        }
        receipt(receipts, 3, "2024-01-10", "60");
        receipt(receipts, 5, "2024-05-01", "90");
        receipt(receipts, 5, "2024-11-01", "90");
        receipt(receipts, 5, "2025-05-01", "120");
        receipt(receipts, 6, "2024-08-01", "25");
        receipt(receipts, 7, "2025-01-05", "8");
        receipt(receipts, 8, "2022-07-01", "200");
        receipt(receipts, 8, "2023-07-01", "200");
        receipt(receipts, 8, "2024-06-01", "100");
        return new ReportData(LocalDate.MIN, contracts, receipts, List.of(), List.of(), List.of(), List.of(),
                List.of(), true);
    }

    /** The office's saved 2024 text (not a draft). */
    public static ReportText text() {
        return new ReportText(YEAR, 6, 3, Map.of(
                NarrativePart.WORK_DONE, "全年完成科技成果披露、评估和转化工作，签订技术合同六项。\n建立了成果转化台账。",
                NarrativePart.EXPERIENCE, "坚持“先披露、后转化”，转化流程全程留痕。",
                NarrativePart.PROBLEMS, "专业技术经理人不足。",
                NarrativePart.POLICY, "落实科技成果转化奖励政策，奖励按时发放并公示。",
                NarrativePart.CASES, "C4 以专利作价 800 万元投资设立企业。"), null, 1);
    }

    /** 2024 with 2023 and 2022 for the comparison, under the default conventions. */
    public static ReportPackage pkg(ReportText text) {
        ReportData data = data();
        return new ReportPackage(AnnualReports.build(data, YEAR, ReportConventions.DEFAULT), text,
                List.of(AnnualReports.build(data, YEAR - 1, ReportConventions.DEFAULT),
                        AnnualReports.build(data, YEAR - 2, ReportConventions.DEFAULT)));
    }

    public static ReportPackage pkg() {
        return pkg(text());
    }

    private static ReportContract contract(long id, String no, String title, DealMode mode, LicenseKind kind,
                                           String signed, String wan) {
        return new ReportContract(id, no, title, mode, kind, DealStatus.PERFORMING, LocalDate.parse(signed),
                LocalDate.parse(signed).plusDays(10), "2024110000" + id, yuan(wan), "北京甲科技有限公司" + id,
                "91110108MA01ABCD" + id + "X", PricingMethod.NEGOTIATED, false, null, null, null, null, List.of(),
                BigDecimal.ZERO.setScale(2));
    }

    private static ReportContract equity() {
        return new ReportContract(4, "C4", "储能材料专利作价投资", DealMode.EQUITY, null, DealStatus.PERFORMING,
                LocalDate.of(2024, 9, 30), null, null, yuan("800"), "杭州储能新材料有限公司", "91330100MA2XYZ1234",
                PricingMethod.LISTED, false, new BigDecimal("0.40"), 1L, "杭州储能新材料有限公司",
                CompanyOrigin.CREATED, List.of(), BigDecimal.ZERO.setScale(2));
    }

    private static void receipt(List<ReportReceipt> receipts, long contract, String on, String wan) {
        receipts.add(new ReportReceipt(receipts.size() + 1, contract, LocalDate.parse(on), yuan(wan)));
    }

    private static BigDecimal yuan(String wan) {
        return new BigDecimal(wan).movePointRight(4).setScale(2);
    }
}
