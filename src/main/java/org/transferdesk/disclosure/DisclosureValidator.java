package org.transferdesk.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.PatentNumber;
import org.transferdesk.common.Percent;
import org.transferdesk.common.PlausibleDates;
import org.transferdesk.common.Problem;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpType;

/** The rules a result must satisfy before anything is written. Pure: no database, no UI. */
public final class DisclosureValidator {
    public static final String RESULT_NO_PATTERN = "[A-Za-z0-9][A-Za-z0-9_\\-/.]{0,31}";

    private DisclosureValidator() {
    }

    public static List<Problem> validate(Disclosure d, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (isBlank(d.resultNo())) {
            problems.add(Problem.error("validation.required", "resultNo", "result.resultNo"));
        } else if (!d.resultNo().matches(RESULT_NO_PATTERN)) {
            problems.add(Problem.error("validation.resultNo.format", "resultNo"));
        }
        if (isBlank(d.title())) {
            problems.add(Problem.error("validation.required", "title", "result.title"));
        } else if (d.title().length() > 300) {
            problems.add(Problem.error("validation.tooLong", "title", "result.title", 300));
        }
        if (d.disclosedOn() == null) {
            problems.add(Problem.error("validation.required", "disclosedOn", "result.disclosedOn"));
        } else if (d.disclosedOn().isAfter(today)) {
            problems.add(Problem.error("validation.dateInFuture", "disclosedOn", "result.disclosedOn"));
        } else {
            // issue 19: before 1583 H2 stores a date shifted; nothing this old (or past 2100) is a real disclosure
            PlausibleDates.check("disclosedOn", "result.disclosedOn", d.disclosedOn()).ifPresent(problems::add);
        }
        if (d.abstractText() != null && d.abstractText().length() > 4000) {
            problems.add(Problem.error("validation.tooLong", "abstract", "result.abstract", 4000));
        }
        problems.addAll(validateInventors(d.inventors()));
        for (int i = 0; i < d.ipAssets().size(); i++) {
            problems.addAll(validateIp(d.ipAssets().get(i), i + 1, d.disclosedOn()));
        }
        return problems;
    }

    /** Shares sum to exactly 100%, each positive, no person twice, at least one key contributor. */
    public static List<Problem> validateInventors(List<Inventor> inventors) {
        List<Problem> problems = new ArrayList<>();
        if (inventors.isEmpty()) {
            problems.add(Problem.error("validation.inventors.none", "inventors"));
            return problems;
        }
        Set<Long> seen = new HashSet<>();
        for (Inventor inv : inventors) {
            if (!seen.add(inv.personId())) {
                problems.add(Problem.error("validation.inventors.duplicate", "inventors", inv.name()));
            }
            if (inv.share() == null || !inv.share().isPositive()) {
                problems.add(Problem.error("validation.inventors.sharePositive", "inventors", inv.name()));
            }
        }
        Percent sum = shareSum(inventors);
        if (sum.fraction().compareTo(BigDecimal.ONE) != 0) {
            problems.add(Problem.error("validation.inventors.sum", "inventors", sum.toString()));
        }
        if (inventors.stream().noneMatch(Inventor::keyContributor)) {
            problems.add(Problem.error("validation.inventors.noKey", "inventors"));
        }
        return problems;
    }

    public static Percent shareSum(List<Inventor> inventors) {
        return inventors.stream().map(Inventor::share).filter(s -> s != null).reduce(Percent.ZERO, Percent::plus);
    }

    /** R-ID-PATENT for patent numbers, and dates that make sense. {@code row} is 1-based for messages. */
    public static List<Problem> validateIp(IpAsset ip, int row, LocalDate disclosedOn) {
        List<Problem> problems = new ArrayList<>();
        if (ip.type() == null) {
            problems.add(Problem.error("validation.ip.type", "ipAssets", row));
            return problems;
        }
        if (ip.type().isPatent() && !isBlank(ip.applicationNo())) {
            PatentNumber.Check check = PatentNumber.check(ip.applicationNo());
            if (!check.valid()) {
                problems.add(Problem.error(check.problemKey(), "ipAssets", ip.applicationNo()));
            } else if (!ip.type().acceptsTypeDigit(PatentNumber.typeDigit(check.canonical().get()))) {
                problems.add(Problem.error("validation.patent.typeMismatch", "ipAssets", ip.applicationNo(),
                        ip.type().label()));
            }
        }
        // issue 19: dates outside 1949–2100 are typing errors that H2 would store shifted or date arithmetic refuse
        PlausibleDates.check("ipAssets", "ip.filedOn", ip.filedOn()).ifPresent(problems::add);
        PlausibleDates.check("ipAssets", "ip.grantedOn", ip.grantedOn()).ifPresent(problems::add);
        if (ip.grantedOn() != null && ip.filedOn() != null && ip.grantedOn().isBefore(ip.filedOn())) {
            problems.add(Problem.error("validation.ip.grantBeforeFiling", "ipAssets", row));
        }
        if (ip.grantedOn() != null && ip.filedOn() == null) {
            problems.add(Problem.error("validation.ip.grantWithoutFiling", "ipAssets", row));
        }
        return problems;
    }

    /** Canonical form of a patent number (R-ID-PATENT), other numbers trimmed. */
    public static String normaliseApplicationNo(IpType type, String input) {
        if (isBlank(input)) {
            return null;
        }
        if (type != null && type.isPatent()) {
            return PatentNumber.check(input).canonical().orElse(input.strip());
        }
        return input.strip();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
