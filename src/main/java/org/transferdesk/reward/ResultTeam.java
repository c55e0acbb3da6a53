package org.transferdesk.reward;

import java.util.List;
import org.transferdesk.disclosure.Inventor;

/** The inventors of one result linked to a deal, as recorded on the result. */
public record ResultTeam(long disclosureId, String resultNo, List<Inventor> inventors) {
    public ResultTeam {
        inventors = List.copyOf(inventors);
    }
}
