package org.transferdesk.fees.ui;

import static org.transferdesk.db.jooq.Tables.IP_ASSET;

import java.time.LocalDate;
import org.transferdesk.app.AppContext;
import org.transferdesk.due.DueService;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.RewardFixture;

/**
 * One granted invention patent of result R-2023-0001 (filed 2019-07-15, granted 2022-03-08) and reminders from
 * 2000-01-01, so no fee year is assumed paid outside the app: the 2027 plan holds fee year 9, due 2027-07-14,
 * 2000.00 payable by the university alone (E10).
 */
public final class FeePlanFixture {
    public static final String APPLICATION_NO = "2019106543210";

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
}
