package org.transferdesk.firstrun;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.transferdesk.common.Problem;
import org.transferdesk.people.Department;
import org.transferdesk.people.PeopleService;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.reward.UnitProfile;

/**
 * What a new office says about itself on the first start — the unit as the tax filings name it, its reward policy
 * preset and its departments — checked and recorded through the services the settings window and the people
 * page use, so the first start and the later edits cannot disagree.
 */
public final class FirstRunSetup {
    /** The answers of the first-run dialog; the departments one name each, as typed. */
    public record Answers(UnitProfile unit, RewardPolicy.Preset preset, List<String> departments) {
        public Answers {
            departments = departments.stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
        }
    }

    /** The longest department name the people page accepts (V1's VARCHAR of departments.name). */
    public static final int DEPARTMENT_MAX = 100;

    private final RewardPolicyService policies;
    private final PeopleService people;
    private final Clock clock;

    public FirstRunSetup(RewardPolicyService policies, PeopleService people, Clock clock) {
        this.policies = policies;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The problems of the answers: the unit's name is required and its credit code, when given, must be a valid one:
     * the settings window only warns of a failed check digit (some real codes on old records fail it), but here the
     * office types its own code from its licence, so a failed check is a typing error and is refused, in the words
     * the counterparty form uses (issue 24); department names are at most {@link #DEPARTMENT_MAX} characters and each
     * is given once.
     */
    public static List<Problem> validate(Answers answers) {
        List<Problem> problems = new ArrayList<>();
        if (answers.unit().name().isEmpty()) {
            problems.add(Problem.error("validation.required", "unitName", "firstRun.unitName"));
        }
        for (Problem p : RewardPolicyService.validate(answers.unit())) {
            problems.add(p.key().equals("rewardPolicy.unit.creditCodeCheck")
                    ? Problem.error("firstRunFix.creditCodeCheck", p.field(), answers.unit().creditCode()) : p);
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String d : answers.departments()) {
            if (d.length() > DEPARTMENT_MAX) {
                problems.add(Problem.error("firstRun.departmentTooLong", "departments", d, DEPARTMENT_MAX));
            } else if (!seen.add(d.toLowerCase(Locale.ROOT))) {
                problems.add(Problem.error("validation.department.taken", "departments", d));
            }
        }
        return problems;
    }

    /**
     * Records the answers from today: the unit profile, the preset's policy (refused below its floor like any
     * policy) and the departments not yet on the list.
     */
    public void apply(Answers answers) {
        LocalDate today = LocalDate.now(clock);
        policies.setUnitProfile(today, answers.unit());
        policies.set(today, answers.preset().policyOn(today));
        Set<String> known = people.departments().stream().map(d -> d.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (String d : answers.departments()) {
            if (known.add(d.toLowerCase(Locale.ROOT))) {
                people.saveDepartment(Department.create(d));
            }
        }
    }
}
