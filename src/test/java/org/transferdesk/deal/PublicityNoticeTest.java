package org.transferdesk.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.I18n;

public class PublicityNoticeTest {
    public static Deal licence(Publicity publicity) {
        return DealBuilder.deal().mode(DealMode.LICENSE).id(7L).contractNo("HT-2024-0001")
                .licenseKind(LicenseKind.EXCLUSIVE).title("锂电池正极材料许可")
                .results(List.of(new ResultRef(1, "R-2024-0001", "一种高效锂电池正极材料"), new ResultRef(2, "R-2024-0002", "一种数据压缩方法")))
                .counterpartyId(3L).counterpartyName("北京甲科技有限公司").contractAmount(new BigDecimal("1200000.00"))
                .pricing(PricingMethod.NEGOTIATED).status(DealStatus.PUBLICITY).publicity(publicity).build();
    }

    @Test
    void notice_showsResultsModeCounterpartyPriceAndPeriod_inChinese() {
        I18n.setLocale(I18n.CHINESE);
        PublicityNotice notice = PublicityNotice.of(licence(null), Map.of("R-2024-0001", "发明专利"), null,
                LocalDate.of(2024, 5, 6), 15);

        assertThat(notice.title()).isEqualTo("科技成果转化价格公示");
        assertThat(notice.results()).containsExactly(
                new PublicityNotice.ResultLine("R-2024-0001", "一种高效锂电池正极材料", "发明专利"),
                new PublicityNotice.ResultLine("R-2024-0002", "一种数据压缩方法", ""));
        assertThat(notice.lines()).extracting(PublicityNotice.Line::value).containsExactly("HT-2024-0001",
                "许可（独占）", "北京甲科技有限公司", "1,200,000.00",
                "2024-05-06 至 2024-05-21", // E4: 15 days from 2024-05-06, the start day not counted
                I18n.t("publicityNotice.defaultObjectionContact"));
        assertThat(notice.footer()).contains("2024-05-21");
    }

    @Test
    void recordedPublicityAndObjectionSetting_win() {
        I18n.setLocale(java.util.Locale.ENGLISH);
        Publicity recorded = new Publicity(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 20), "校园网", null, List.of());
        PublicityNotice notice = PublicityNotice.of(licence(recorded), Map.of(), " 科技处 王老师 010-12345678 ",
                LocalDate.of(2025, 1, 1), 15);

        assertThat(notice.lines().get(4).value()).isEqualTo("2024-06-03 to 2024-06-20");
        assertThat(notice.lines().get(5).value()).isEqualTo("科技处 王老师 010-12345678");
    }
}
