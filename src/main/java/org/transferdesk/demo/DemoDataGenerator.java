package org.transferdesk.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.people.Department;
import org.transferdesk.people.Person;

/**
 * Makes a believable university for newcomers and benchmarks: ~15 schools, their staff, and ten years
 * of results with teams, funding, status histories and IP, and contracts for about one result in seven. Pure and deterministic: the same seed and
 * {@code today} give the same data, and every record passes the validators the app itself uses.
 */
public final class DemoDataGenerator {
    private static final String UNIVERSITY = "本校";
    private static final int YEARS = 10;

    private final long seed;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    public DemoData generate(int peopleCount, int resultCount, LocalDate today) {
        if (peopleCount < 0 || resultCount < 0 || (resultCount > 0 && peopleCount == 0)) {
            throw new IllegalArgumentException("need people for results: " + peopleCount + " people, "
                    + resultCount + " results");
        }
        List<ResearchField> fields = ResearchFields.all();
        List<Department> departments = fields.stream().map(f -> Department.create(f.department())).toList();
        // People get their own dice so the same seed gives the same staff whatever the number of results.
        List<Person> people = new PeopleMaker(new Dice(seed), today).make(fields, peopleCount);
        List<Disclosure> results = results(fields, people, resultCount, today);
        // Deals get their own dice too: adding them left the people and results of a seed unchanged.
        DealMaker deals = new DealMaker(new Dice(seed * 53 + 7), today);
        deals.make(results);
        return new DemoData(departments, people, results, deals.counterparties(), deals.companies(), deals.deals());
    }

    private List<Disclosure> results(List<ResearchField> fields, List<Person> people, int count, LocalDate today) {
        if (count == 0) {
            return List.of();
        }
        Dice dice = new Dice(seed * 31 + 17);
        Map<String, ResearchField> fieldOf = new HashMap<>();
        fields.forEach(f -> fieldOf.put(f.department(), f));
        TeamMaker teams = new TeamMaker(dice, people);
        TitleMaker titles = new TitleMaker(dice);
        FundingMaker funding = new FundingMaker(dice);
        StatusPathMaker paths = new StatusPathMaker(dice, today);
        IpMaker ipMaker = new IpMaker(dice, today);
        Set<String> usedTitles = new HashSet<>();
        Map<Integer, Integer> lastSequence = new HashMap<>();
        List<Disclosure> results = new ArrayList<>(count);
        for (LocalDate disclosedOn : disclosureDates(dice, count, today)) {
            Person leader = teams.leader();
            ResearchField field = fieldOf.get(leader.departmentName());
            ResultType type = titles.type(field);
            String title = titles.title(type, field);
            for (int attempt = 0; attempt < 8 && usedTitles.contains(title); attempt++) {
                title = titles.title(type, field);
            }
            usedTitles.add(title);
            List<Inventor> team = teams.team(leader);
            FundingMaker.Funding money = funding.make(field, disclosedOn);
            boolean coOwned = money.partner() != null
                    && (money.source() != FundingSource.COMMISSIONED || dice.chance(0.5));
            StatusPathMaker.Path path = paths.make(disclosedOn, type);
            List<IpAsset> ip = ipMaker.make(type, title, path, coOwned ? UNIVERSITY + "; " + money.partner() : UNIVERSITY);
            int sequence = lastSequence.merge(disclosedOn.getYear(), 1, Integer::sum);
            results.add(DisclosureBuilder.disclosure().status(path.status())
                    .resultNo(DisclosureService.formatResultNo(disclosedOn.getYear(), sequence)).title(title)
                    .disclosedOn(disclosedOn).departmentName(leader.departmentName()).resultType(type)
                    .funding(money.source()).projectNumbers(money.projectNumbers()).technicalField(field.field())
                    .abstractText(titles.abstractText(type, title, field))
                    .confidential(money.source() == FundingSource.FISCAL && dice.chance(0.02))
                    .evaluation(path.evaluation()).inventors(team).ipAssets(ip).history(path.history()).build());
        }
        return results;
    }

    /**
     * Working days in the last ten years, oldest first, with twice as many disclosures a year now as
     * ten years ago (universities have been disclosing more every year).
     */
    private static List<LocalDate> disclosureDates(Dice dice, int count, LocalDate today) {
        LocalDate start = today.minusYears(YEARS).plusDays(1);
        long span = ChronoUnit.DAYS.between(start, today) + 1;
        List<LocalDate> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // Inverse of the distribution with density ∝ 1 + x over x in [0, 1).
            double x = Math.sqrt(1 + 3 * dice.unit()) - 1;
            LocalDate raw = start.plusDays((long) (x * span));
            LocalDate day = Dice.previousWorkday(raw);
            dates.add(day.isBefore(start) ? Dice.nextWorkday(raw) : day);
        }
        dates.sort(null);
        return dates;
    }
}
