package org.transferdesk.need;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;

/** The need's workflow as a pure rule: which moves are allowed, and what a move records. */
public final class NeedFlow {
    private NeedFlow() {
    }

    /** The problems of moving {@code need} to {@code to}; empty when the move is allowed. */
    public static List<Problem> check(Need need, NeedStatus to, String reason) {
        List<Problem> problems = new ArrayList<>();
        if (need.isNew()) {
            problems.add(Problem.error("need.move.saveFirst", "status"));
        } else if (!need.status().allowedNext().contains(to)) {
            problems.add(Problem.error("validation.status.notAllowed", "status", need.status().label(), to.label()));
        } else if (to == NeedStatus.CLOSED && (reason == null || reason.isBlank())) {
            // a closed need says why (no result fit, the company solved it elsewhere …), or the register learns nothing
            problems.add(Problem.error("need.close.reasonRequired", "closedReason"));
        }
        return problems;
    }

    /** The need moved to {@code to}, the move recorded with the day and who; refused moves throw. */
    public static Need move(Need need, NeedStatus to, String reason, LocalDate on, String by) {
        List<Problem> problems = check(need, to, reason);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String kept = to == NeedStatus.CLOSED ? reason.strip() : null;
        List<NeedMove> moves = new ArrayList<>(need.moves());
        moves.add(new NeedMove(need.status(), to, on, by, kept));
        return need.withStatus(to, kept, moves);
    }
}
