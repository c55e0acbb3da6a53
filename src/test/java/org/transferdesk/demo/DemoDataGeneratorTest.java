package org.transferdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transferdesk.common.PatentNumber;
import org.transferdesk.common.Percent;
import org.transferdesk.common.PersonIdNumber;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureValidator;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.StatusChange;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;

class DemoDataGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Pattern RESULT_NO = Pattern.compile("R-(\\d{4})-(\\d{4,})");
    private static final Set<IpStatus> DECIDED = EnumSet.of(IpStatus.GRANTED, IpStatus.REGISTERED, IpStatus.LAPSED,
            IpStatus.EXPIRED);

    private static DemoData generate(long seed) {
        return new DemoDataGenerator(seed).generate(150, 600, TODAY);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20_161_122, -7})
    void everyResult_passesTheAppsOwnValidator(long seed) {
        for (Disclosure d : generate(seed).disclosures()) {
            assertThat(DisclosureValidator.validate(d, TODAY)).as(d.resultNo()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20_161_122, -7})
    void teams_shareExactlyHundred_inWholeOrTwoDecimalPercentages_ledByAKeyContributor(long seed) {
        DemoData data = generate(seed);
        for (Disclosure d : data.disclosures()) {
            List<Inventor> team = d.inventors();
            assertThat(team).hasSizeBetween(1, 6);
            assertThat(DisclosureValidator.shareSum(team)).as(d.resultNo()).isEqualTo(Percent.HUNDRED);
            assertThat(team).allSatisfy(i -> assertThat(i.share().percent().scale()).isLessThanOrEqualTo(2));
            assertThat(team.get(0).keyContributor()).isTrue();
            assertThat(team).extracting(Inventor::personId).doesNotHaveDuplicates();
            for (Inventor i : team) {
                Person p = data.people().get((int) i.personId() - 1);
                assertThat(p.staffNo()).isEqualTo(i.staffNo());
                assertThat(p.name()).isEqualTo(i.name());
            }
            assertThat(d.departmentName()).isEqualTo(data.people().get((int) team.get(0).personId() - 1).departmentName());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20_161_122, -7})
    void patentNumbers_areValid_fitTheirType_andCarryTheFilingYear(long seed) {
        Set<String> numbers = new HashSet<>();
        int patents = 0;
        for (Disclosure d : generate(seed).disclosures()) {
            for (IpAsset ip : d.ipAssets()) {
                if (ip.applicationNo() != null) {
                    assertThat(numbers.add(ip.applicationNo())).as(ip.applicationNo()).isTrue();
                }
                if (!ip.type().isPatent()) {
                    continue;
                }
                patents++;
                PatentNumber.Check check = PatentNumber.check(ip.applicationNo());
                assertThat(check.valid()).as(ip.applicationNo()).isTrue();
                assertThat(check.canonical()).contains(ip.applicationNo());
                assertThat(ip.type().acceptsTypeDigit(PatentNumber.typeDigit(ip.applicationNo()))).isTrue();
                assertThat(ip.applicationNo()).startsWith(String.valueOf(ip.filedOn().getYear()));
            }
        }
        assertThat(patents).isGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20_161_122, -7})
    void ipDates_followTheDisclosure_andStatusesAgreeWithThem(long seed) {
        for (Disclosure d : generate(seed).disclosures()) {
            boolean protectedOnce = d.history().stream().anyMatch(h -> h.to() == ResultStatus.PROTECTING);
            assertThat(d.ipAssets().isEmpty()).as(d.resultNo()).isEqualTo(!protectedOnce
                    || !EnumSet.of(ResultType.INVENTION_PATENT, ResultType.UTILITY_MODEL, ResultType.DESIGN,
                    ResultType.SOFTWARE, ResultType.IC_LAYOUT, ResultType.PLANT_VARIETY).contains(d.resultType()));
            for (IpAsset ip : d.ipAssets()) {
                assertThat(ip.filedOn()).isAfter(d.disclosedOn()).isBeforeOrEqualTo(TODAY);
                assertThat(ip.grantedOn() != null).as(ip.describe()).isEqualTo(DECIDED.contains(ip.status()));
                if (ip.grantedOn() != null) {
                    assertThat(ip.grantedOn()).isAfter(ip.filedOn()).isBeforeOrEqualTo(TODAY);
                }
                if (ip.status() == IpStatus.LAPSED || ip.status() == IpStatus.WITHDRAWN || ip.status() == IpStatus.REJECTED) {
                    assertThat(d.history()).anyMatch(h -> h.to() == ResultStatus.ABANDONED);
                }
                assertThat(ip.owners()).matches("本校(; .+(有限公司))?");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20_161_122, -7})
    void statusHistories_areOrderedAllowedAndEndInTheCurrentStatus(long seed) {
        for (Disclosure d : generate(seed).disclosures()) {
            List<StatusChange> history = d.history();
            StatusChange first = history.get(0);
            assertThat(first.from()).isNull();
            assertThat(first.to()).isEqualTo(ResultStatus.DISCLOSED);
            assertThat(first.on()).isEqualTo(d.disclosedOn());
            for (int i = 1; i < history.size(); i++) {
                StatusChange before = history.get(i - 1);
                StatusChange change = history.get(i);
                assertThat(change.from()).isEqualTo(before.to());
                assertThat(change.from().canMoveTo(change.to())).as("%s %s", d.resultNo(), change).isTrue();
                assertThat(change.on()).isAfter(before.on()).isBeforeOrEqualTo(TODAY);
                assertThat(change.reason()).isNotBlank();
            }
            assertThat(history.get(history.size() - 1).to()).isEqualTo(d.status());
            boolean evaluated = history.stream().anyMatch(h -> h.from() == ResultStatus.EVALUATING);
            if (d.evaluation().recommendation() != null) {
                assertThat(evaluated).as(d.resultNo()).isTrue();
                assertThat(d.evaluation().technical()).isBetween(1, 5);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20_161_122, -7})
    void resultNumbers_areUniqueSequentialPerYear_andMatchTheDisclosureYear(long seed) {
        List<Disclosure> results = generate(seed).disclosures();
        Map<Integer, Integer> last = new HashMap<>();
        for (Disclosure d : results) {
            Matcher m = RESULT_NO.matcher(d.resultNo());
            assertThat(m.matches()).as(d.resultNo()).isTrue();
            int year = Integer.parseInt(m.group(1));
            assertThat(year).isEqualTo(d.disclosedOn().getYear());
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(last.merge(year, 1, Integer::sum));
            assertThat(d.disclosedOn()).isAfter(TODAY.minusYears(10)).isBeforeOrEqualTo(TODAY);
        }
        assertThat(results).extracting(Disclosure::resultNo).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20_161_122, -7})
    void people_haveUniqueStaffNumbers_validIdNumbersWhenPresent_andAFewLeaders(long seed) {
        DemoData data = generate(seed);
        Set<String> schools = data.departments().stream().map(d -> d.name()).collect(Collectors.toSet());
        assertThat(data.people()).extracting(Person::staffNo).doesNotHaveDuplicates()
                .allSatisfy(no -> assertThat(no).matches("T1\\d{4}"));
        assertThat(data.people()).allSatisfy(p -> {
            assertThat(schools).contains(p.departmentName());
            assertThat(p.name()).hasSizeBetween(2, 4);
            if (p.idNumber() != null) {
                assertThat(PersonIdNumber.problemKey(p.idNumber(), java.time.LocalDate.now(org.transferdesk.TestDatabase.CLOCK))).as(p.idNumber()).isEmpty();
            }
        });
        long withId = data.people().stream().filter(p -> p.idNumber() != null).count();
        assertThat(withId).isBetween(data.people().size() / 2L, data.people().size() - 1L);
        assertThat(data.people()).extracting(Person::leaderRole).contains(LeaderRole.HEAD, LeaderRole.OTHER);
        assertThat(data.people()).extracting(Person::idNumber).filteredOn(id -> id != null).doesNotHaveDuplicates();
    }

    @Test
    void sameSeed_givesTheSameData_andAnotherSeedDifferentData() {
        assertThat(generate(7)).isEqualTo(generate(7));
        assertThat(generate(7).disclosures()).isNotEqualTo(generate(8).disclosures());
    }

    @Test
    void staff_doNotDependOnHowManyResultsAreAsked() {
        DemoDataGenerator generator = new DemoDataGenerator(3);
        assertThat(generator.generate(80, 10, TODAY).people()).isEqualTo(generator.generate(80, 500, TODAY).people());
    }

    @Test
    void aDefaultSizedUniversity_looksLikeOne() {
        DemoData data = new DemoDataGenerator(DemoService.DEFAULT_SEED).generate(300, 1000, TODAY);
        DemoSummary summary = data.summary();

        assertThat(summary.departments()).isBetween(12, 20);
        assertThat(summary.people()).isEqualTo(300);
        assertThat(summary.results()).isEqualTo(1000);
        Map<ResultType, Long> types = data.disclosures().stream()
                .collect(Collectors.groupingBy(Disclosure::resultType, Collectors.counting()));
        assertThat(types.get(ResultType.INVENTION_PATENT)).isGreaterThan(400);
        assertThat(types.keySet()).contains(ResultType.UTILITY_MODEL, ResultType.SOFTWARE, ResultType.DESIGN);
        assertThat(data.disclosures()).extracting(Disclosure::status).contains(ResultStatus.values());
        assertThat(data.disclosures()).extracting(Disclosure::title).doesNotContainNull()
                .allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(data.disclosures().stream().map(Disclosure::title).distinct().count()).isGreaterThan(900);
        assertThat(data.disclosures()).allSatisfy(d -> assertThat(d.abstractText()).contains(d.title()));
    }

    @Test
    void tinyAndEmptyUniversities_work_butResultsNeedPeople() {
        DemoData one = new DemoDataGenerator(1).generate(1, 20, TODAY);
        assertThat(one.disclosures()).allSatisfy(d -> assertThat(d.inventors()).singleElement()
                .satisfies(i -> assertThat(i.share()).isEqualTo(Percent.HUNDRED)));
        assertThat(new DemoDataGenerator(1).generate(0, 0, TODAY).summary())
                .isEqualTo(new DemoSummary(one.departments().size(), 0, 0, 0, 0, 0));
        assertThatThrownBy(() -> new DemoDataGenerator(1).generate(0, 5, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
