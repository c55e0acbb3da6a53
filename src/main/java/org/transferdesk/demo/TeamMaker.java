package org.transferdesk.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.Percent;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.people.Person;

/**
 * Inventor teams: 1–6 people, mostly from the first inventor's school, shares in whole or 2-decimal
 * percentages that add up to exactly 100, the first inventor always a key contributor. A few
 * prolific inventors lead many results, as in any university.
 */
final class TeamMaker {
    private static final int HUNDRED = 10_000;
    private static final int[] SIZE_WEIGHTS = {0, 8, 15, 24, 22, 17, 14};
    /** Splits offices see all the time, in hundredths of a percent. */
    private static final int[][] TEMPLATES = {
            {6000, 4000}, {7000, 3000}, {5000, 5000}, {8000, 2000},
            {5000, 3000, 2000}, {4000, 3000, 3000}, {3334, 3333, 3333}, {6000, 2500, 1500},
            {4000, 2500, 2000, 1500}, {4000, 3000, 2000, 1000}, {2500, 2500, 2500, 2500},
            {3000, 2500, 2000, 1500, 1000}, {4000, 2000, 1500, 1500, 1000}, {2000, 2000, 2000, 2000, 2000},
            {3000, 2000, 1500, 1500, 1000, 1000}, {3500, 2000, 1500, 1000, 1000, 1000},
            {1667, 1667, 1667, 1667, 1666, 1666}};

    private final Dice dice;
    private final List<Person> people;
    private final double[] cumulativeActivity;
    private final Map<String, List<Person>> bySchool = new LinkedHashMap<>();

    TeamMaker(Dice dice, List<Person> people) {
        this.dice = dice;
        this.people = people;
        this.cumulativeActivity = new double[people.size()];
        double sum = 0;
        for (int i = 0; i < people.size(); i++) {
            sum += Math.exp(0.9 * dice.gaussian());
            cumulativeActivity[i] = sum;
            bySchool.computeIfAbsent(people.get(i).departmentName(), k -> new ArrayList<>()).add(people.get(i));
        }
    }

    /** The first inventor, chosen by how active each person is; the result belongs to their school. */
    Person leader() {
        double roll = dice.unit() * cumulativeActivity[cumulativeActivity.length - 1];
        int i = Arrays.binarySearch(cumulativeActivity, roll);
        return people.get(Math.min(i < 0 ? -i - 1 : i, people.size() - 1));
    }

    List<Inventor> team(Person leader) {
        int size = Math.min(dice.weighted(SIZE_WEIGHTS), people.size());
        List<Person> members = new ArrayList<>(size);
        members.add(leader);
        List<Person> colleagues = bySchool.get(leader.departmentName());
        while (members.size() < size) {
            boolean sameSchool = dice.chance(0.8) && members.stream().filter(colleagues::contains).count() < colleagues.size();
            Person candidate = sameSchool ? dice.pick(colleagues) : dice.pick(people);
            if (!members.contains(candidate)) {
                members.add(candidate);
            }
        }
        int[] shares = shares(size);
        List<Inventor> team = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Person p = members.get(i);
            boolean key = i == 0 || shares[i] >= 2500 || (shares[i] >= 1500 && dice.chance(0.35));
            team.add(new Inventor(p.id(), p.staffNo(), p.name(), Percent.ofPercent(BigDecimal.valueOf(shares[i], 2)), key));
        }
        return team;
    }

    /** Hundredths of a percent, largest first, summing to exactly 10,000 (R-TEAM needs exact shares). */
    int[] shares(int size) {
        if (size == 1) {
            return new int[] {HUNDRED};
        }
        if (dice.chance(0.35)) {
            List<int[]> fitting = Arrays.stream(TEMPLATES).filter(t -> t.length == size).toList();
            return dice.pick(fitting).clone();
        }
        int step = dice.chance(0.6) ? 100 : 1;
        int[] weights = new int[size];
        int sum = 0;
        for (int i = 0; i < size; i++) {
            weights[i] = dice.between(10, 100);
            sum += weights[i];
        }
        Arrays.sort(weights);
        int steps = HUNDRED / step;
        int[] shares = new int[size];
        int allocated = 0;
        for (int i = 0; i < size; i++) {
            shares[i] = steps * weights[size - 1 - i] / sum * step;
            allocated += shares[i];
        }
        shares[0] += HUNDRED - allocated;
        return shares;
    }
}
