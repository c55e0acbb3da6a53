package org.transferdesk.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.Problem;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;

/**
 * R-CAT-PUBLISH: what must hold before a profile is published, as the editor's 发布 tab lists it before the click.
 * A confidential result, a result without its inventors' recorded consent or a profile without its public title and
 * summary is refused; a result without filed or granted IP, or a summary that repeats the internal abstract, is a
 * trade-secret warning the user confirms.
 */
public final class CataloguePublishRules {
    /** A sentence of the internal abstract this long, found in a public summary, reads as copied. */
    static final int COPIED_SENTENCE_CHARS = 15;
    /** IP that protects the result in public: an application on file or a right in force. */
    private static final Set<IpStatus> PROTECTING = EnumSet.of(IpStatus.FILED, IpStatus.UNDER_EXAMINATION,
            IpStatus.GRANTED, IpStatus.REGISTERED);

    private CataloguePublishRules() {
    }

    /** One line of the checklist: what stops publishing or asks for confirmation, nothing when it holds. */
    public record Check(Kind kind, List<Problem> problems) {
        /** In the order the 发布 tab lists them. */
        public enum Kind { PUBLIC_TEXT, NOT_CONFIDENTIAL, CONSENT, TRADE_SECRET }

        public Check {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** Whether it stops publishing (an error), rather than asking the user to confirm (a warning). */
        public boolean blocks() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    public static List<Check> checklist(CatalogueProfile profile, Disclosure result) {
        CatalogueProfile.Texts t = profile.texts();
        List<Problem> text = new ArrayList<>();
        if (blank(t.titleZh())) {
            text.add(Problem.error("catalogueRule.noTitle", "titleZh"));
        }
        if (blank(t.summaryZh())) {
            text.add(Problem.error("catalogueRule.noSummary", "summaryZh"));
        }
        List<Problem> secret = new ArrayList<>();
        if (result.ipAssets().stream().noneMatch(a -> PROTECTING.contains(a.status()))) {
            secret.add(Problem.warning("catalogueRule.noIp", "published"));
        }
        if (copiesAbstract(t.summaryZh(), result.abstractText()) || copiesAbstract(t.summaryEn(), result.abstractText())) {
            secret.add(Problem.warning("catalogueRule.copiesAbstract", "summaryZh", COPIED_SENTENCE_CHARS));
        }
        return List.of(new Check(Check.Kind.PUBLIC_TEXT, text),
                new Check(Check.Kind.NOT_CONFIDENTIAL, result.confidential()
                        ? List.of(Problem.error("catalogueRule.confidential", "published")) : List.of()),
                new Check(Check.Kind.CONSENT, profile.consent().recorded() ? List.of()
                        : List.of(Problem.error("catalogueRule.noConsent", "consentOn"))),
                new Check(Check.Kind.TRADE_SECRET, secret));
    }

    /** Whether anything stops publishing outright. */
    public static boolean refused(List<Check> checks) {
        return checks.stream().anyMatch(Check::blocks);
    }

    /** The warnings the user must confirm before publishing. */
    public static List<Problem> warnings(List<Check> checks) {
        return checks.stream().flatMap(c -> c.problems().stream()).filter(p -> !p.isError()).toList();
    }

    /** Whether a sentence of the internal abstract, long enough to mean something, reappears in a public summary. */
    static boolean copiesAbstract(String summary, String internalAbstract) {
        if (blank(summary) || blank(internalAbstract)) {
            return false;
        }
        String flat = squash(summary);
        return Arrays.stream(internalAbstract.split("[。；;！!？?\\n]|\\.\\s"))
                .map(CataloguePublishRules::squash)
                .anyMatch(s -> s.length() >= COPIED_SENTENCE_CHARS && flat.contains(s));
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The published IP of a result: its rights on file or in force, as the public sees them. */
    public static List<CatalogueEntry.PublicIp> publicIp(List<IpAsset> assets) {
        return assets.stream().filter(a -> PROTECTING.contains(a.status()))
                .map(a -> new CatalogueEntry.PublicIp(a.type(), a.applicationNo(), a.title(), a.status())).toList();
    }
}
