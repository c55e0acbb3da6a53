package org.transferdesk.due.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;

/** Hand-made due items around 2026-11-22 (TestDatabase.CLOCK's day) with the default reminder levels. */
final class DueSamples {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final List<Integer> LEVELS = List.of(90, 60, 30, 7);

    /** 9 days left: level 30 reached, only the 7-day alarm is ahead. */
    static final DueItem INSTALMENT = new DueItem("INSTALMENT:12", DueKind.INSTALMENT, "R-DEAL-INSTALMENT",
            LocalDate.of(2026, 12, 1), new RecordRef(RecordType.DEAL, 5, "HT-2026-001 锂电池隔膜技术转让"),
            "催收第 2 期款", new BigDecimal("12000"), "第 2 期，共 3 期");
    /** 113 days left: beyond every level, all four alarms ahead; a long Chinese detail with CSV specials. */
    static final DueItem PATENT_FEE = new DueItem("PATENT_FEE:7:2027", DueKind.PATENT_FEE, "R-IP-FEE",
            LocalDate.of(2027, 3, 15), new RecordRef(RecordType.RESULT, 7, "ZL202310000001.X 一种高安全性锂离子电池隔膜及其制备方法"),
            "缴纳第 5 年年费", new BigDecimal("900.5"),
            "宽限期至 2027-09-15，滞纳金按月加收 5%；\"减缴\"比例 85%，请与代理机构核对,并在缴费后录入票据号。");
    /** Exactly 30 days left: level 30 reached today, so its alarm is not ahead. */
    static final DueItem OBLIGATION = new DueItem("DEAL_OBLIGATION:3", DueKind.DEAL_OBLIGATION, "R-DEAL-OBLIGATION",
            LocalDate.of(2026, 12, 22), new RecordRef(RecordType.DEAL, 6, "HT-2026-002"), "提交技术资料", null, null);
    /** Overdue by 2 days: no level, no alarms, no amount. */
    static final DueItem PUBLICITY = new DueItem("PUBLICITY_END:3", DueKind.PUBLICITY_END, "R-PILOT-PUBLICITY",
            LocalDate.of(2026, 11, 20), new RecordRef(RecordType.PILOT, 3, "FQ-2026-003"), "确认公示无异议", null, null);

    static final List<DueItem> ALL = List.of(PUBLICITY, INSTALMENT, OBLIGATION, PATENT_FEE);

    private DueSamples() {
    }
}
