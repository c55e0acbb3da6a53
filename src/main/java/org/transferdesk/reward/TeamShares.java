package org.transferdesk.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.people.LeaderRole;

/**
 * R-TEAM: the team of a deal is the inventors of its results; a deal on several results weights each
 * result equally, so a person's share is the mean of their shares across the linked results (0 where
 * they are not an inventor). A person is a key contributor if they are one on any linked result.
 */
public final class TeamShares {
    private TeamShares() {
    }

    public static List<TeamMember> of(List<ResultTeam> results, Function<Long, LeaderRole> leaderRoles) {
        Map<Long, Inventor> first = new LinkedHashMap<>();
        Map<Long, BigDecimal> sums = new LinkedHashMap<>();
        Map<Long, Boolean> key = new LinkedHashMap<>();
        Map<Long, List<String>> sources = new LinkedHashMap<>();
        for (ResultTeam team : results) {
            for (Inventor i : team.inventors()) {
                first.putIfAbsent(i.personId(), i);
                sums.merge(i.personId(), i.share().fraction(), BigDecimal::add);
                key.merge(i.personId(), i.keyContributor(), Boolean::logicalOr);
                sources.computeIfAbsent(i.personId(), k -> new ArrayList<>())
                        .add(team.resultNo() + " " + i.share() + (i.keyContributor() ? "*" : ""));
            }
        }
        BigDecimal count = BigDecimal.valueOf(Math.max(1, results.size()));
        List<TeamMember> members = new ArrayList<>();
        for (Map.Entry<Long, Inventor> e : first.entrySet()) {
            long id = e.getKey();
            BigDecimal share = sums.get(id).divide(count, 10, RoundingMode.HALF_UP).stripTrailingZeros();
            String source = String.join("; ", sources.get(id)) + (results.size() > 1 ? " ÷ " + results.size() : "");
            members.add(new TeamMember(id, e.getValue().staffNo(), e.getValue().name(), share, key.get(id),
                    leaderRoles.apply(id), source));
        }
        return List.copyOf(members);
    }
}
