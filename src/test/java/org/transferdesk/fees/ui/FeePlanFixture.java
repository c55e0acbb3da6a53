package org.transferdesk.fees.ui;

import static org.transferdesk.db.jooq.Tables.IP_ASSET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.due.DueService;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.RewardFixture;

/**
 * One granted invention patent of result R-2023-0001 (filed 2019-07-15, granted 2022-03-08) and reminders from
 * 2000-01-01, so no fee year is assumed paid outside the app: the 2027 plan holds fee year 9, due 2027-07-14,
 * 300.00 (2,000.00 less the 85% 费减 of the 10 fee years from the grant year) payable by the university alone (E10).
 */
public final class FeePlanFixture {
    public static final String APPLICATION_NO = "2019106543210";
    public static final String UTILITY_MODEL_NO = "2021205432109";

    private FeePlanFixture() {
    }

    public static void grantedPatent(AppContext context) {
        RewardFixture fixture = new RewardFixture(context.database().dsl()).e1Team(LeaderRole.NONE);
        context.database().dsl().insertInto(IP_ASSET).set(IP_ASSET.DISCLOSURE_ID, fixture.result.id())
                .set(IP_ASSET.IP_TYPE, "INVENTION_PATENT").set(IP_ASSET.APPLICATION_NO, APPLICATION_NO)
                .set(IP_ASSET.TITLE, "一种费用测试方法").set(IP_ASSET.FILED_ON, LocalDate.of(2019, 7, 15))
                .set(IP_ASSET.GRANTED_ON, LocalDate.of(2022, 3, 8)).set(IP_ASSET.STATUS, "GRANTED").execute();
        context.office().set(DueService.REMIND_FROM, LocalDate.of(2000, 1, 1), "2000-01-01");
    }

    /**
     * A utility model of the same result (filed 2021-03-20, granted 2021-10-15: the grant falls in fee year 1),
     * so its fee year 7 is due 2027-03-19: 1,200.00 less 85% = 180.00 (6 reduced years would have made it full).
     */
    public static void grantedUtilityModel(AppContext context) {
        context.database().dsl().insertInto(IP_ASSET).set(IP_ASSET.DISCLOSURE_ID, resultId(context))
                .set(IP_ASSET.IP_TYPE, "UTILITY_MODEL").set(IP_ASSET.APPLICATION_NO, UTILITY_MODEL_NO)
                .set(IP_ASSET.TITLE, "一种费用测试装置").set(IP_ASSET.FILED_ON, LocalDate.of(2021, 3, 20))
                .set(IP_ASSET.GRANTED_ON, LocalDate.of(2021, 10, 15)).set(IP_ASSET.STATUS, "GRANTED").execute();
    }

    /** A signed open licence (许可, 开放) on the patent's result over {@code from}..{@code to} (R-PAT-OPEN). */
    public static Deal openLicence(AppContext context, String contractNo, DealStatus status, LocalDate from,
                                   LocalDate to) {
        Deal d = DealBuilder.deal().mode(DealMode.LICENSE).contractNo(contractNo).licenseKind(LicenseKind.OPEN)
                .title("开放许可实施合同").results(List.of(new ResultRef(resultId(context), "R-2023-0001", "一种高镍正极材料的制备方法")))
                .signedOn(from).termFrom(from).termTo(to).contractAmount(new BigDecimal("10000.00"))
                .pricing(PricingMethod.NEGOTIATED).status(status).build();
        return new DealRepository(context.database().dsl()).save(d, "test", LocalDateTime.of(2026, 11, 22, 10, 0));
    }

    private static long resultId(AppContext context) {
        return context.database().dsl().select(IP_ASSET.DISCLOSURE_ID).from(IP_ASSET)
                .where(IP_ASSET.APPLICATION_NO.eq(APPLICATION_NO)).fetchSingle(IP_ASSET.DISCLOSURE_ID);
    }
}
