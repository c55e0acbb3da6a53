package org.transferdesk.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.fees.FeeRules;
import org.transferdesk.fees.FeeReduction;
import org.transferdesk.fees.FeeYear;
import org.transferdesk.fees.PatentFeeInput;
import org.transferdesk.ip.PatentTerm;

/**
 * A granted patent's next unpaid annual fee (R-PAT-FEE) — only the earliest, since CNIPA takes the years
 * in order — with what it costs today: the fee after the reduction (sole or joint owner on the due
 * date), plus the surcharge once late, until the grace ends and the patent lapses. And the term's end
 * (R-PAT-TERM).
 */
public final class PatentReminders {
    private PatentReminders() {
    }

    public static List<DueItem> of(List<PatentFeeInput> patents, FeeRules rules, LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        for (PatentFeeInput p : patents) {
            RecordRef ref = ref(p);
            nextFee(p, rules).ifPresent(y -> items.add(fee(p, y, today, ref)));
            PatentTerm.termEnd(p.type(), p.filedOn()).ifPresent(end -> items.add(new DueItem("PATENT_TERM:" + p.ipId(),
                    DueKind.PATENT_TERM, "R-PAT-TERM", end, ref, I18n.t("due.action.termEnds"), null,
                    I18n.t("due.detail.term", p.filedOn(), end))));
        }
        return items;
    }

    /** The earliest fee year neither paid nor assumed paid. */
    public static Optional<FeeYear> nextFee(PatentFeeInput p, FeeRules rules) {
        return p.firstUnsettled(rules);
    }

    /** The key of a fee year's reminder; {@link #parseKey} reads it back. */
    public static String key(long ipId, int year) {
        return "PATENT_FEE:" + ipId + ":" + year;
    }

    /** {ipId, year} of a PATENT_FEE key; IllegalArgumentException for any other key. */
    public static long[] parseKey(String key) {
        String[] parts = key.split(":");
        if (parts.length != 3 || !parts[0].equals("PATENT_FEE")) {
            throw new IllegalArgumentException("not a patent fee: " + key);
        }
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    private static DueItem fee(PatentFeeInput p, FeeYear y, LocalDate today, RecordRef ref) {
        String action;
        java.math.BigDecimal amount = y.payable();
        if (today.isAfter(y.graceEnd())) {
            action = I18n.t("due.action.feeLapsed", y.year(), y.graceEnd());
        } else if (today.isAfter(y.dueOn())) {
            amount = y.amountIfPaidOn(today);
            action = I18n.t("due.action.feeLate", y.year(), Money.format(amount), y.graceEnd());
        } else {
            action = I18n.t(y.atGrant() ? "due.action.feeAtGrant" : "due.action.fee", y.year(), Money.format(amount));
        }
        String reduction = y.reducedBy() == FeeReduction.FEE_REDUCTION ? I18n.t("due.detail.feeReduced",
                y.reduction().toString(), y.ownerKind().label())
                : y.reducedBy() == FeeReduction.OPEN_LICENCE ? y.reductionLabel() : I18n.t("due.detail.feeFull");
        // R-PAT-FEE: the patent lapses after the grace end; once late the office owes the fee with its surcharge
        return new DueItem(key(p.ipId(), y.year()), DueKind.PATENT_FEE, "R-PAT-FEE", y.dueOn(), ref, action, amount,
                I18n.t("due.detail.fee", Money.format(y.fullFee()), reduction, y.graceEnd(), y.lapseOn()),
                new Stakes(y.graceEnd(), today.isAfter(y.dueOn())));
    }

    private static RecordRef ref(PatentFeeInput p) {
        return new RecordRef(RecordType.RESULT, p.disclosureId(),
                (p.applicationNo() == null ? p.resultNo() : p.applicationNo()) + " " + p.resultTitle());
    }
}
