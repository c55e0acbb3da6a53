package org.transferdesk.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;
import org.transferdesk.people.PersonEpisode;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.IncomeDistribution;
import org.transferdesk.report.RewardFigures;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.UnitProfile;

/**
 * The R-REPORT-MORE registers end to end: counterparties, the unit's province, jointly built institutions, office
 * staff, a licence whose distribution splits the university part 80/10/10 (R-UNIT-SPLIT), a tech-contract reward
 * (R-45-TECH) and a grant bonus (R-BONUS) are made through the services on a migrated H2, and ReportService's 2024
 * figures are what the pure counting says of them — the proof that ReportRepository reads every register.
 */
class ReportRegistersEndToEndTest {
    private static final int YEAR = 2024;
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);

    @TempDir
    Path tmp;

    private AppContext context;
    private RewardFixture fixture;
    private DealRepository deals;

    @BeforeEach
    void setUp() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        context = new AppContext(new DataFolder(tmp.resolve("data")).create(),
                Database.openInMemory("registers-" + UUID.randomUUID()), TestDatabase.CLOCK);
        deals = new DealRepository(context.database().dsl());
        // the team keeps 70%; the university part (30%) goes 80/10/10 to 学校, 学院 and the office
        context.rewardPolicies().set(LocalDate.of(2019, 1, 1), new RewardPolicy(
                RewardPolicy.Preset.NATIONAL, Percent.ofPercent("70"), Percent.ofPercent("50"), Percent.ofPercent("5"), 3,
                Percent.ofPercent("50"), RewardPolicy.DEFAULT_DEDUCTIBLE, 15, RewardPolicy.PublicityCalendar.WORKING_DAYS,
                RewardPolicy.LeaderEquity.WAIVE_AND_REDISTRIBUTE, Percent.ZERO, null, null,
                new RewardPolicy.TechContracts(Percent.ofPercent("60"), true),
                new RewardPolicy.UnitShares(Percent.ofPercent("24"), Percent.ofPercent("3"), Percent.ofPercent("3"))));
        fixture = new RewardFixture(context.database().dsl()).e1Team(LeaderRole.NONE);
        long school = DepartmentRepository.findOrCreate(context.database().dsl(), "材料学院", "test", NOW);
        context.database().dsl().update(DISCLOSURE).set(DISCLOSURE.DEPARTMENT_ID, school)
                .where(DISCLOSURE.ID.eq(fixture.result.id())).execute();
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private Counterparty counterparty(String name, Province province, IndustrySection section) {
        Counterparty c = Counterparty.create(name);
        return context.counterparties().save(new Counterparty(null, c.name(), null, null, province, null, section,
                null, null, 0));
    }

    private Deal deal(String no, DealMode mode, Counterparty party, String signedOn, String amount,
                      List<Receipt> receipts) {
        ResultRef result = new ResultRef(fixture.result.id(), fixture.result.resultNo(), fixture.result.title());
        return deals.save(DealBuilder.deal().mode(mode).contractNo(no)
                .licenseKind(mode == DealMode.LICENSE ? LicenseKind.EXCLUSIVE : null).title("合同" + no)
                .results(List.of(result)).counterpartyId(party.id()).counterpartyName(party.name())
                .signedOn(LocalDate.parse(signedOn)).contractAmount(new BigDecimal(amount))
                .pricing(PricingMethod.NEGOTIATED)
                .registration(new Deal.Registration("202411000000" + no.substring(no.length() - 4), LocalDate.parse(signedOn), null))
                .status(DealStatus.SIGNED).receipts(receipts).build(), "test", NOW);
    }

    private static Receipt receipt(String on, String amount) {
        return new Receipt(null, LocalDate.parse(on), new BigDecimal(amount), "PZ-" + on, null);
    }

    /** Publicised, approved and paid on {@code paidOn}, every line. */
    private Distribution paid(Distribution draft, LocalDate paidOn) {
        DistributionService s = context.distributions();
        Distribution d = s.saveDraft(draft);
        LocalDate from = paidOn.minusMonths(2);
        s.publicise(d.id(), from, s.earliestPublicityEnd(from), "公示〔" + paidOn.getYear() + "〕" + d.id() + "号");
        s.approve(d.id(), paidOn.minusDays(7), "校长办公会");
        Set<Integer> all = new java.util.HashSet<>();
        for (int i = 0; i < d.lines().size(); i++) {
            all.add(i);
        }
        return s.pay(d.id(), all, paidOn, "GZ-" + d.id());
    }

    private void institution(String name, InstitutionKind kind, Counterparty partner, Integer founded, Integer closed) {
        context.institutions().save(new JointInstitution(null, name, kind, partner.id(), null, founded, closed, null, 0));
    }

    private void staff(String staffNo, String name, String from, String to) {
        Person p = context.people().save(Person.create(staffNo, name));
        context.people().saveEpisode(new PersonEpisode(null, p.id(), EpisodeKind.TTO_STAFF, null, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), null, null, null));
    }

    @Test
    void registersAndDistributions_madeThroughTheServices_giveTheYearsFigures() {
        context.rewardPolicies().setUnitProfile(LocalDate.of(2020, 1, 1),
                new UnitProfile("西北某大学", "", true, Province.SHAANXI));
        Counterparty local = counterparty("秦川机床有限公司", Province.SHAANXI, IndustrySection.C);
        Counterparty beijing = counterparty("京华软件有限公司", Province.BEIJING, IndustrySection.I);
        Counterparty bare = counterparty("某合作企业", null, null);

        // transfer/licence/equity signed in 2024 count by the counterparty; a 2023 licence and a development
        // contract (not one of the three modes) do not
        Deal licence = deal("XK-0001", DealMode.LICENSE, local, "2024-03-01", "3000000.00",
                List.of(receipt("2024-06-20", "2000000.00")));
        Deal transfer = deal("ZR-0002", DealMode.TRANSFER, beijing, "2024-12-31", "500000.00", List.of());
        deal("ZR-0003", DealMode.TRANSFER, bare, "2024-01-01", "200000.00", List.of());
        deal("XK-0004", DealMode.LICENSE, beijing, "2023-12-31", "900000.00", List.of());
        Deal development = deal("KF-0005", DealMode.DEVELOPMENT, local, "2024-02-01", "1000000.00",
                List.of(receipt("2024-07-01", "1000000.00")));

        institution("先进制造联合研究院", InstitutionKind.JOINT_RD, local, 2024, null);
        institution("技术转移中心西安分中心", InstitutionKind.TRANSFER_BODY, beijing, 2018, 2024);
        institution("已撤销的中试平台", InstitutionKind.PLATFORM, local, 2019, 2023);
        institution("新建概念验证中心", InstitutionKind.PLATFORM, beijing, 2025, null);

        staff("T001", "技术经理人甲", "2023-03-01", null);
        staff("T002", "技术经理人乙", "2024-12-31", null);
        staff("T003", "已离岗丙", "2020-01-01", "2023-12-31");

        DistributionService s = context.distributions();
        Distribution licenceReward = paid(s.proposeCash(licence.id(), List.of(licence.receipts().get(0).id()))
                .distribution(), LocalDate.of(2024, 9, 20));
        Distribution techReward = paid(s.proposeCash(development.id(),
                List.of(development.receipts().get(0).id())).distribution(), LocalDate.of(2024, 10, 20));
        Disclosure result = context.disclosures().find(fixture.result.id()).orElseThrow();
        Disclosure withPatent = new DisclosureRepository(context.database().dsl()).save(DisclosureBuilder.toBuilder(result)
                .ipAssets(List.of(new IpAsset(null, IpType.INVENTION_PATENT,
                        "ZL202310000001.1", result.title(), LocalDate.of(2023, 3, 10), LocalDate.of(2024, 2, 2),
                        IpStatus.GRANTED, null))).build(), "test", NOW);
        long patent = withPatent.ipAssets().get(0).id();
        Distribution bonus = paid(s.proposePatentBonus(withPatent.id(), patent).distribution(), LocalDate.of(2024, 4, 30));

        // an imported payment (台账导入) holds only what was paid — net = pool = the amount, no university part — and
        // must not enter the income distribution's arithmetic
        var dsl = context.database().dsl();
        dsl.execute("insert into distribution (id, kind, deal_id, basis_date, policy_preset, key_minimum, gross, "
                + "deducted, net, rate, pool, university_part, status, imported) values (9001, 'CASH', ?, "
                + "DATE '2024-12-31', 'NATIONAL', 0.5, 10000.00, 0, 10000.00, 1, 10000.00, 0, 'PAID', TRUE)",
                transfer.id());
        dsl.execute("insert into distribution_line (distribution_id, position, person_id, share, amount, paid_on) "
                + "select 9001, 0, id, 1, 10000.00, DATE '2024-12-31' from person where staff_no = 'T001'");

        AnnualReport report = context.reports().figures(YEAR);

        // R-REPORT-MORE: counterparties by section and province, 本地转化 in the unit's own province (陕西)
        assertThat(report.counterparties().byIndustry()).containsOnlyKeys("C", "I", AnnualReport.UNSPECIFIED);
        assertThat(report.counterparties().byIndustry().get("C").contracts()).isEqualTo(1);
        assertThat(report.counterparties().byIndustry().get("C").contractAmount()).isEqualByComparingTo("3000000.00");
        assertThat(report.counterparties().byIndustry().get("I").contractAmount()).isEqualByComparingTo("500000.00");
        assertThat(report.counterparties().byRegion()).containsOnlyKeys("SHAANXI", "BEIJING", AnnualReport.UNSPECIFIED);
        assertThat(report.counterparties().byRegion().get(AnnualReport.UNSPECIFIED).contractAmount())
                .isEqualByComparingTo("200000.00");
        assertThat(report.counterparties().local().contracts()).isEqualTo(1);
        assertThat(report.counterparties().local().contractAmount()).isEqualByComparingTo("3000000.00");

        // institutions that existed in 2024: founded that year, or closed in it; not closed in 2023 nor founded 2025
        assertThat(report.institutions().count()).isEqualTo(2);
        assertThat(report.institutions().list()).extracting(JointInstitution::name, JointInstitution::partnerName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("先进制造联合研究院", "秦川机床有限公司"),
                        org.assertj.core.groups.Tuple.tuple("技术转移中心西安分中心", "京华软件有限公司"));
        assertThat(report.institutions().count(InstitutionKind.PLATFORM)).isZero();
        assertThat(report.office().transferOffice()).isTrue();
        assertThat(report.office().fullTimeStaff()).isEqualTo(2);

        // E1's licence: net 2,000,000.00 (no costs recorded), pool 70%, university part 30% split 24/3/3
        assertThat(licenceReward.figures().net()).isEqualByComparingTo("2000000.00");
        IncomeDistribution split = report.incomeDistribution();
        assertThat(split.net()).isEqualByComparingTo("2000000.00");
        assertThat(split.pool()).isEqualByComparingTo("1400000.00");
        assertThat(split.universityPart()).isEqualByComparingTo("600000.00");
        assertThat(split.university()).isEqualByComparingTo("480000.00");
        assertThat(split.school()).isEqualByComparingTo("60000.00");
        assertThat(split.transferOffice()).isEqualByComparingTo("60000.00");

        // R-45-TECH on its own line and out of the totals by default; R-BONUS in none of the reward figures
        RewardFigures rewards = report.rewards();
        // the imported payment is a reward paid (10,000.00, one line) though it is no part of the income split
        assertThat(rewards.cash()).isEqualByComparingTo("1410000.00");
        assertThat(rewards.personTimes()).isEqualTo(licenceReward.lines().size() + 1);
        assertThat(rewards.tech()).isEqualByComparingTo(techReward.figures().pool()).isEqualByComparingTo("600000.00");
        assertThat(rewards.techIncluded()).isFalse();
        assertThat(rewards.patentGrantBonus()).isEqualByComparingTo("4000.00")
                .isEqualByComparingTo(bonus.lines().stream().map(l -> l.amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(rewards.cashAndEquity()).isEqualByComparingTo("1410000.00");
    }
}
