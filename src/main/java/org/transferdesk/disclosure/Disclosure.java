package org.transferdesk.disclosure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jilt.Builder;
import org.jilt.BuilderStyle;
import org.jilt.Opt;
import org.transferdesk.ip.IpAsset;

/**
 * A result (职务科技成果) as recorded from its disclosure: the aggregate the editor saves in one
 * transaction with its inventors and IP assets. {@code history} is read-only here: status changes
 * are recorded through {@link DisclosureService#changeStatus}. {@code managerLogin}: the account the result is
 * assigned to (经办人/技术经理人, issue 22), null for none; {@code managerName} its display name, read with the result
 * and not saved.
 */
@Builder(style = BuilderStyle.STAGED, toBuilder = "toBuilder")
public record Disclosure(@Opt Long id, @Opt String resultNo, @Opt String title, @Opt LocalDate disclosedOn,
                         @Opt Long departmentId, @Opt String departmentName, @Opt ResultType resultType,
                         @Opt FundingSource funding, @Opt String projectNumbers, @Opt String technicalField,
                         @Opt String abstractText, @Opt boolean confidential, ResultStatus status,
                         @Opt Evaluation evaluation, @Opt List<Inventor> inventors, @Opt List<IpAsset> ipAssets,
                         @Opt List<StatusChange> history, @Opt String managerLogin,
                         @Opt String managerName, @Opt int version) {

    public Disclosure {
        // a builder's caller may leave out a list it has nothing for
        inventors = inventors == null ? List.of() : List.copyOf(inventors);
        ipAssets = ipAssets == null ? List.of() : List.copyOf(ipAssets);
        history = history == null ? List.of() : List.copyOf(history);
        evaluation = evaluation == null ? Evaluation.NONE : evaluation;
    }

    public static Disclosure blank(LocalDate today) {
        return DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED).disclosedOn(today)
                .evaluation(Evaluation.NONE).build();
    }

    public boolean isNew() {
        return id == null;
    }

    public Disclosure withId(long newId, int newVersion) {
        return DisclosureBuilder.toBuilder(this).id(newId).version(newVersion).build();
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
        m.put("manager", managerLogin);
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
