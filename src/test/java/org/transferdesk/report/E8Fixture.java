package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;

/** Rule book E8: the eight contracts C1–C8 with all their receipts (of every year), in yuan. */
public final class E8Fixture {
    public static final int YEAR = 2024;

    private E8Fixture() {
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

    public static List<ReportContract> contracts() {
        return List.of(
                contract(1, "C1", DealMode.TRANSFER, "2024-03-15", "1500000.00"),
                contract(2, "C2", DealMode.LICENSE, "2024-06-01", "1200000.00"),
                contract(3, "C3", DealMode.LICENSE, "2023-11-20", "600000.00"),
                contract(4, "C4", DealMode.EQUITY, "2024-09-30", "8000000.00"),
                contract(5, "C5", DealMode.DEVELOPMENT, "2024-04-01", "3000000.00"),
                contract(6, "C6", DealMode.SERVICE, "2024-07-01", "250000.00"),
                contract(7, "C7", DealMode.CONSULTING, "2024-12-20", "80000.00"),
                contract(8, "C8", DealMode.DEVELOPMENT, "2022-05-01", "5000000.00"));
    }

    public static List<ReportReceipt> receipts() {
        List<ReportReceipt> r = new ArrayList<>();
        r.add(receipt(1, "2024-04-01", "1500000.00"));
        r.add(receipt(2, "2024-06-20", "400000.00"));
        for (int y = 2025; y <= 2028; y++) {
            r.add(receipt(2, y + "-06-20", "200000.00"));
        }
        r.add(receipt(3, "2024-01-10", "600000.00"));
        r.add(receipt(5, "2024-05-01", "900000.00"));
        r.add(receipt(5, "2024-11-01", "900000.00"));
        r.add(receipt(5, "2025-05-01", "1200000.00"));
        r.add(receipt(6, "2024-08-01", "250000.00"));
        r.add(receipt(7, "2025-01-05", "80000.00"));
        r.add(receipt(8, "2022-07-01", "2000000.00"));
        r.add(receipt(8, "2023-07-01", "2000000.00"));
        r.add(receipt(8, "2024-06-01", "1000000.00"));
        return r;
    }

    public static ReportData data() {
        return data(contracts(), receipts());
    }

    /** Report data of these contracts and receipts only (no rewards, results, pilots or people), non-profit. */
    public static ReportData data(List<ReportContract> contracts, List<ReportReceipt> receipts) {
        return new ReportData(LocalDate.MIN, contracts, receipts, List.of(), List.of(), List.of(), List.of(),
                List.of(), true);
    }

    public static ReportContract contract(long id, String no, DealMode mode, String signedOn, String amount) {
        return new ReportContract(id, no, "合同" + no, mode, mode == DealMode.LICENSE ? LicenseKind.ORDINARY : null,
                DealStatus.PERFORMING, LocalDate.parse(signedOn), null, null, new BigDecimal(amount), "对方" + no,
                null, null, false, null, null, null, null, List.of(), BigDecimal.ZERO.setScale(2));
    }

    private static int receiptIds;

    private static ReportReceipt receipt(long contract, String on, String amount) {
        return new ReportReceipt(++receiptIds, contract, LocalDate.parse(on), new BigDecimal(amount));
    }
}
