package org.transferdesk.outreach;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A year's outreach in four counts (issue 25, R-OUTREACH): the events that started in the year, the distinct results
 * presented at them, the distinct companies met at them, and the leads of those events still open. An event is counted in the
 * year it starts, so a fair from 30 December to 2 January counts once, in the first year.
 */
public record OutreachCounts(int year, int events, int resultsPresented, int companiesMet, int openLeads) {
    public static OutreachCounts of(int year, List<OutreachEvent> all) {
        int events = 0;
        int open = 0;
        Set<Long> results = new HashSet<>();
        Set<Long> companies = new HashSet<>();
        for (OutreachEvent e : all) {
            if (e.startsOn().getYear() != year) {
                continue;
            }
            events++;
            e.results().forEach(r -> results.add(r.disclosureId()));
            e.companies().forEach(c -> companies.add(c.id()));
            open += (int) e.leads().stream().filter(l -> l.status().open()).count();
        }
        return new OutreachCounts(year, events, results.size(), companies.size(), open);
    }
}
