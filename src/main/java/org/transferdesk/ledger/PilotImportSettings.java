package org.transferdesk.ledger;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.transferdesk.pilot.PilotRules;

/**
 * What the 赋权 sheet needs from the office settings: the pilot rules in force on a date (publicity days,
 * minimum use term) and the unit's name for the co-owners text of a registered grant.
 */
public record PilotImportSettings(Function<LocalDate, PilotRules> rulesOn, Supplier<String> unitName) {
    /** The default rules and no unit name (the co-owners text then names the unit generically). */
    public static final PilotImportSettings DEFAULT = new PilotImportSettings(d -> PilotRules.DEFAULT, () -> null);
}
