package org.transferdesk.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Province;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.people.PersonEpisode;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.reward.UnitProfile;

/**
 * What the annual report reads from registers rather than from deals (R-REPORT-MORE), so a newcomer sees those
 * figures filled: institutions built jointly with three of the demo's counterparties (one closed last year, so the
 * years differ), two full-time staff of the technology-transfer office, and the unit's province (西安, one of the
 * demo's cities), without which 本地转化 cannot be counted.
 */
final class RegisterMaker {
    private final DemoService.Registers services;
    private final LocalDate today;

    RegisterMaker(DemoService.Registers services, LocalDate today) {
        this.services = services;
        this.today = today;
    }

    /** {institutions made, office staff made}. */
    int[] make() {
        RewardPolicyService policies = services.policies();
        UnitProfile unit = policies.unitProfile();
        policies.setUnitProfile(LocalDate.of(2000, 1, 1),
                new UnitProfile(unit.name(), unit.creditCode(), unit.nonProfit(), Province.SHAANXI));
        int year = today.getYear();
        List<Counterparty> partners = services.institutions().partners().stream()
                .sorted(Comparator.comparing(Counterparty::id)).limit(3).toList();
        int made = 0;
        if (partners.size() == 3) {
            List<JointInstitution> list = List.of(
                    new JointInstitution(null, "智能制造联合研发中心", InstitutionKind.JOINT_RD, partners.get(0).id(),
                            null, year - 3, null, "共建协议有效期五年", 0),
                    new JointInstitution(null, "技术转移中心" + partners.get(1).region() + "分中心",
                            InstitutionKind.TRANSFER_BODY, partners.get(1).id(), null, year - 2, null, null, 0),
                    new JointInstitution(null, "中试熟化服务平台", InstitutionKind.PLATFORM, partners.get(2).id(), null,
                            year - 6, year - 1, "协议到期后未续签", 0));
            list.forEach(services.institutions()::save);
            made = list.size();
        }
        // office staff are not researchers: people of their own, with no department and no results
        PeopleService people = services.people();
        Person first = people.save(Person.create("JY0001", "陈晓梅"));
        Person second = people.save(Person.create("JY0002", "刘建国"));
        people.saveEpisode(new PersonEpisode(null, first.id(), EpisodeKind.TTO_STAFF, null, today.minusYears(5)
                .withDayOfYear(1), null, null, null, "技术转移中心专职技术经理人"));
        people.saveEpisode(new PersonEpisode(null, second.id(), EpisodeKind.TTO_STAFF, null, today.minusMonths(14)
                .withDayOfMonth(1), null, null, null, "技术转移中心专职人员"));
        return new int[] {made, 2};
    }
}
