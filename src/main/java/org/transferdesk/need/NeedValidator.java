package org.transferdesk.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.DealValidator;

/** The checks a need passes before it is saved (no database): required fields, lengths, budget order, e-mail. */
public final class NeedValidator {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private NeedValidator() {
    }

    public static List<Problem> validate(Need n, LocalDate today) {
        List<Problem> p = new ArrayList<>();
        if (n.counterpartyId() == null && n.newCompany() == null) {
            p.add(Problem.error("validation.required", "company", "need.company"));
        }
        if (n.newCompany() != null) {
            p.addAll(DealValidator.validateCounterparty(n.newCompany()).stream()
                    .map(q -> q.isError() ? Problem.error(q.key(), "company", q.args())
                            : Problem.warning(q.key(), "company", q.args())).toList());
        }
        if (blank(n.title())) {
            p.add(Problem.error("validation.required", "title", "need.title"));
        } else if (n.title().strip().length() > 200) {
            p.add(Problem.error("validation.tooLong", "title", "need.title", 200));
        }
        if (n.description() != null && n.description().length() > 4000) {
            p.add(Problem.error("validation.tooLong", "description", "need.description", 4000));
        }
        if (n.source() == null) {
            p.add(Problem.error("validation.required", "source", "need.source"));
        }
        budget(n.budgetMin(), n.budgetMax(), p);
        if (n.deadline() != null && n.deadline().isBefore(today) && n.status().isOpen()) {
            // a deadline already past is worth a look (extend it or close the need), but it is what the company said
            p.add(Problem.warning("need.deadline.past", "deadline"));
        }
        String email = n.contact().email();
        if (!blank(email) && !EMAIL.matcher(email.strip()).matches()) {
            p.add(Problem.error("need.email.invalid", "contactEmail", email));
        }
        return p;
    }

    private static void budget(BigDecimal min, BigDecimal max, List<Problem> p) {
        if (min != null && min.signum() < 0 || max != null && max.signum() < 0) {
            p.add(Problem.error("need.budget.negative", "budget"));
        } else if (min != null && max != null && min.compareTo(max) > 0) {
            p.add(Problem.error("need.budget.order", "budget"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
