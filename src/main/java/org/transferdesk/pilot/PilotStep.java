package org.transferdesk.pilot;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.Labeled;

/**
 * R-PILOT-FLOW: 申请 → 院系审核 → 学校审查 → 公示 → 审批 → 协议签署 → 权属变更申请 → 登记 → 转化实施 →
 * 已转化 / 收回 / 到期. A long-term use right changes no ownership, so it has no CNIPA steps. A case can be
 * refused (不予赋权) at any point before the agreement, and recovered (收回) at any point from it on — an
 * unconverted case past its deadline may still be waiting for its CNIPA registration.
 */
public enum PilotStep implements Labeled {
    APPLICATION, DEPARTMENT_REVIEW, UNIVERSITY_REVIEW, PUBLICITY, APPROVAL, AGREEMENT, CNIPA_FILED, REGISTERED,
    CONVERTING, CONVERTED, RECOVERED, EXPIRED, REJECTED;

    private static final List<PilotStep> OWNERSHIP_PATH = List.of(APPLICATION, DEPARTMENT_REVIEW, UNIVERSITY_REVIEW,
            PUBLICITY, APPROVAL, AGREEMENT, CNIPA_FILED, REGISTERED, CONVERTING);
    private static final List<PilotStep> USE_PATH = List.of(APPLICATION, DEPARTMENT_REVIEW, UNIVERSITY_REVIEW,
            PUBLICITY, APPROVAL, AGREEMENT, CONVERTING);
    private static final Set<PilotStep> ENDINGS = EnumSet.of(RECOVERED, EXPIRED, REJECTED);

    @Override
    public String labelPrefix() {
        return "pilotStep";
    }

    /** The ordered steps every case of the model goes through before its outcome. */
    public static List<PilotStep> path(PilotModel model) {
        return model == PilotModel.LONG_TERM_USE ? USE_PATH : OWNERSHIP_PATH;
    }

    /** Recovered, expired or refused: nothing follows. */
    public boolean ends() {
        return ENDINGS.contains(this);
    }

    /** The steps that may be recorded after {@code last} (none recorded yet: {@code null}). */
    public static List<PilotStep> next(PilotModel model, PilotStep last) {
        List<PilotStep> path = path(model);
        if (last == null) {
            return List.of(APPLICATION);
        }
        if (last.ends()) {
            return List.of();
        }
        if (last == CONVERTING) {
            return List.of(CONVERTED, RECOVERED, EXPIRED);
        }
        if (last == CONVERTED) {
            return List.of(EXPIRED);
        }
        int i = path.indexOf(last);
        PilotStep following = path.get(i + 1);
        // before the agreement a case can be refused; from it on, recovered when the deadline passes unconverted
        return last.compareTo(AGREEMENT) < 0 ? List.of(following, REJECTED) : List.of(following, RECOVERED);
    }
}
