package org.transferdesk.pilot;

import static org.transferdesk.db.jooq.Tables.IP_ASSET;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.WorkCalendar;
import org.transferdesk.common.FileStore;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.pilot.persistence.PilotRepository;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/**
 * A pilot service on a test database (clock 2026-11-22, unit "示例大学"), and a walk through R-PILOT-FLOW
 * with dates that satisfy every rule: application 2024-09-02, reviews 09-09 and 09-16 (negative list
 * confirmed 09-13), publicity 09-18 → 10-08, approval 10-10, agreement 10-15 (convert by 2026-10-15),
 * CNIPA filed 10-20, registered 2025-01-10, converting 2025-01-11.
 */
public final class PilotFixture {
    public static final Map<PilotStep, LocalDate> DATES = new LinkedHashMap<>();

    static {
        DATES.put(PilotStep.APPLICATION, LocalDate.of(2024, 9, 2));
        DATES.put(PilotStep.DEPARTMENT_REVIEW, LocalDate.of(2024, 9, 9));
        DATES.put(PilotStep.UNIVERSITY_REVIEW, LocalDate.of(2024, 9, 16));
        DATES.put(PilotStep.PUBLICITY, LocalDate.of(2024, 9, 18));
        DATES.put(PilotStep.APPROVAL, LocalDate.of(2024, 10, 10));
        DATES.put(PilotStep.AGREEMENT, LocalDate.of(2024, 10, 15));
        DATES.put(PilotStep.CNIPA_FILED, LocalDate.of(2024, 10, 20));
        DATES.put(PilotStep.REGISTERED, LocalDate.of(2025, 1, 10));
        DATES.put(PilotStep.CONVERTING, LocalDate.of(2025, 1, 11));
    }

    public static final LocalDate PUBLICITY_END = LocalDate.of(2024, 10, 8);

    public final PilotService service;
    public final OfficeSettings office;
    private final Database db;

    public PilotFixture(Database db, Path dataRoot, ResultDeals deals) {
        this.db = db;
        AuditRepository audit = new AuditRepository(db.dsl());
        office = new OfficeSettings(new PolicySettingRepository(db.dsl()));
        service = new PilotService(new PilotRepository(db.dsl()),
                new DisclosureService(new DisclosureRepository(db.dsl()), audit, TestDatabase.CLOCK),
                new PeopleService(new PersonRepository(db.dsl()), new DepartmentRepository(db.dsl()), new PersonEpisodeRepository(db.dsl()), audit,
                        TestDatabase.CLOCK),
                new PilotSettings(office), deals, () -> "示例大学",
                // owners' income read where the app reads it (R-PILOT-INCOME): from the stored distributions
                new DistributionRepository(db.dsl())::liveIncome,
                new FileStore(dataRoot), audit, TestDatabase.CLOCK);
    }

    /**
     * Rewards on the same database under the national policy, seeing ownership through this pilot service
     * (R-PILOT-INCOME): a deal on a registered case's result is split by ownership.
     */
    public DistributionService distributions() {
        AuditRepository audit = new AuditRepository(db.dsl());
        return new DistributionService(new DistributionRepository(db.dsl()), new DealRepository(db.dsl()),
                new DisclosureService(new DisclosureRepository(db.dsl()), audit, TestDatabase.CLOCK),
                new PeopleService(new PersonRepository(db.dsl()), new DepartmentRepository(db.dsl()),
                        new PersonEpisodeRepository(db.dsl()), audit, TestDatabase.CLOCK),
                date -> RewardPolicy.Preset.NATIONAL.policy(), WorkCalendar::weekendsOnly, () -> true, service.ownership(),
                audit, TestDatabase.CLOCK);
    }

    /** E1's team and result with a granted invention patent of its own: what a pilot case of the result acts on. */
    public static RewardFixture e1ResultWithGrantedPatent(DSLContext dsl) {
        RewardFixture fixture = new RewardFixture(dsl).e1Team(LeaderRole.NONE);
        dsl.insertInto(IP_ASSET).set(IP_ASSET.DISCLOSURE_ID, fixture.result.id()).set(IP_ASSET.IP_TYPE, "INVENTION_PATENT")
                .set(IP_ASSET.APPLICATION_NO, "2023100000001").set(IP_ASSET.STATUS, "GRANTED").execute();
        return fixture;
    }

    /** The draft for the result with a conversion plan, the negative list confirmed and full agreement terms. */
    public static PilotCase complete(PilotCase draft, Percent teamShare) {
        return PilotCaseBuilder.toBuilder(draft).teamShare(teamShare).conversionPlan("与企业合作实施许可，两年内完成转化")
                .negativeListBy("科技处 王处长").negativeListOn(LocalDate.of(2024, 9, 13)).publicityPlace("学校主页通知公告栏")
                .terms(new PilotTerms(null, "团队代表决定许可对象与价格，重大事项报学校备案", MaintenancePayer.TEAM,
                        LocalDate.of(2026, 10, 15), "期限届满未转化的，学校收回团队份额")).build();
    }

    /** Records every step of the ownership path up to and including {@code last}. */
    public PilotCase walkTo(PilotCase c, PilotStep last) {
        for (PilotStep step : PilotStep.path(c.model())) {
            if (c.reached(step)) {
                continue;
            }
            c = service.recordStep(c, step, DATES.get(step), step == PilotStep.PUBLICITY ? PUBLICITY_END : null,
                    "科技处 李老师", null);
            if (step == last) {
                break;
            }
        }
        return c;
    }

    public static List<PilotStep> steps(PilotCase c) {
        return c.steps().stream().map(StepRecord::step).toList();
    }
}
