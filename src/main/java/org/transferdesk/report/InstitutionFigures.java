package org.transferdesk.report;

import java.util.List;
import java.util.Map;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;

/**
 * R-REPORT-PARTS (4), R-REPORT-MORE: the institutions and platforms built jointly with companies that existed in
 * the year, counted by kind, and their list (newest first, then by name).
 */
public record InstitutionFigures(int count, Map<InstitutionKind, Integer> byKind, List<JointInstitution> list) {
    public static final InstitutionFigures NONE = new InstitutionFigures(0, Map.of(), List.of());

    public InstitutionFigures {
        byKind = Map.copyOf(byKind);
        list = List.copyOf(list);
    }

    public int count(InstitutionKind kind) {
        return byKind.getOrDefault(kind, 0);
    }
}
