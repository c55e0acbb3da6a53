package org.transferdesk.disclosure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.transferdesk.ip.IpAsset;

/**
 * A result (职务科技成果) as recorded from its disclosure: the aggregate the editor saves in one
 * transaction with its inventors and IP assets. {@code history} is read-only here: status changes
 * are recorded through {@link DisclosureService#changeStatus}.
 */
public record Disclosure(Long id, String resultNo, String title, LocalDate disclosedOn, Long departmentId,
                         String departmentName, ResultType resultType, FundingSource funding,
                         String projectNumbers, String technicalField, String abstractText,
                         boolean confidential, ResultStatus status, Evaluation evaluation,
                         List<Inventor> inventors, List<IpAsset> ipAssets, List<StatusChange> history,
                         int version) {

    public Disclosure {
        inventors = List.copyOf(inventors);
        ipAssets = List.copyOf(ipAssets);
        history = List.copyOf(history);
        evaluation = evaluation == null ? Evaluation.NONE : evaluation;
    }

    public static Disclosure blank(LocalDate today) {
        return new Disclosure(null, null, null, today, null, null, null, null, null, null, null, false,
                ResultStatus.DISCLOSED, Evaluation.NONE, List.of(), List.of(), List.of(), 0);
    }

    public boolean isNew() {
        return id == null;
    }

    public Disclosure withId(long newId, int newVersion) {
        return new Disclosure(newId, resultNo, title, disclosedOn, departmentId, departmentName, resultType,
                funding, projectNumbers, technicalField, abstractText, confidential, status, evaluation,
                inventors, ipAssets, history, newVersion);
    }

    /** The fields the audit log compares; child lists are compared as their one-line descriptions. */
    public Map<String, Object> auditFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resultNo", resultNo);
        m.put("title", title);
        m.put("disclosedOn", disclosedOn);
        m.put("department", departmentName);
        m.put("resultType", resultType);
        m.put("funding", funding);
        m.put("projectNumbers", projectNumbers);
        m.put("technicalField", technicalField);
        m.put("abstract", abstractText);
        m.put("confidential", confidential);
        m.put("status", status);
        m.put("evalScientific", evaluation.scientific());
        m.put("evalTechnical", evaluation.technical());
        m.put("evalEconomic", evaluation.economic());
        m.put("evalSocial", evaluation.social());
        m.put("evalRecommendation", evaluation.recommendation());
        m.put("evalNotes", evaluation.notes());
        m.put("inventors", inventors.stream().map(Inventor::describe).collect(Collectors.joining("; ")));
        m.put("ipAssets", ipAssets.stream().map(IpAsset::describe).collect(Collectors.joining("; ")));
        return m;
    }
}
