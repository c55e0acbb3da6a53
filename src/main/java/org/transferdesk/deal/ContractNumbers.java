package org.transferdesk.deal;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract number a new deal is offered (issue 24): the office's numbers are a prefix, the year, a separator and
 * a running number (HT-2026-0025), so the next one is the year's highest running number plus one, as wide as the
 * others. Gaps are left alone: a number missing from the register was usually given to a contract that was not
 * concluded, and reusing it would confuse the paper files.
 */
public final class ContractNumbers {
    private static final Pattern NUMBERED = Pattern.compile("(.*?)((?:19|20)\\d\\d)(\\D+)(\\d+)");

    private ContractNumbers() {
    }

    /** The next number for {@code year} after {@code taken} (every contract number in use). */
    public static String next(Collection<String> taken, int year) {
        Matcher latest = null;
        int latestYear = 0;
        long highest = 0;
        for (String number : taken) {
            Matcher m = NUMBERED.matcher(number.strip());
            if (!m.matches()) {
                continue;
            }
            int y = Integer.parseInt(m.group(2));
            long running = Long.parseLong(m.group(4));
            // the year's numbers count; without any yet, the latest year's shape starts the new year
            if (y == year && running > highest) {
                highest = running;
                latest = m;
                latestYear = y;
            } else if (latestYear != year && y > latestYear && y < year) {
                latest = m;
                latestYear = y;
            }
        }
        if (latest == null) {
            return String.format("HT-%d-%04d", year, 1);
        }
        int width = latest.group(4).length();
        return latest.group(1) + year + latest.group(3) + String.format("%0" + width + "d", highest + 1);
    }
}
