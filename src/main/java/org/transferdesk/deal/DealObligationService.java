package org.transferdesk.deal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.persistence.DealObligationRepository;

/** What a deal's counterparty owes besides money (licensee reports, milestones): read, validate, save with audit. */
public final class DealObligationService {
    public static final int DESCRIPTION_MAX = 300;

    private final DealObligationRepository repository;
    private final Clock clock;

    public DealObligationService(DealObligationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<DealObligation> ofDeal(long dealId) {
        return repository.ofDeal(dealId);
    }

    /** The problems of {@code obligations} (rows numbered from 1); empty when they can be saved. */
    public static List<Problem> validate(List<DealObligation> obligations) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < obligations.size(); i++) {
            DealObligation o = obligations.get(i);
            int row = i + 1;
            if (o.kind() == null) {
                problems.add(Problem.error("obligation.kindRequired", "obligations", row));
            }
            if (o.dueOn() == null) {
                problems.add(Problem.error("obligation.dueOnRequired", "obligations", row));
            }
            String text = o.description() == null ? "" : o.description().strip();
            if (text.isEmpty()) {
                problems.add(Problem.error("obligation.descriptionRequired", "obligations", row));
            } else if (text.length() > DESCRIPTION_MAX) {
                problems.add(Problem.error("obligation.descriptionTooLong", "obligations", row, DESCRIPTION_MAX));
            }
        }
        return problems;
    }

    /**
     * Replaces the deal's obligations with {@code obligations} (in this order) and audits the change on
     * the deal; refuses the whole list, writing nothing, when a row is incomplete. Returns them as saved.
     */
    public List<DealObligation> save(long dealId, List<DealObligation> obligations) {
        List<Problem> problems = validate(obligations);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<DealObligation> clean = obligations.stream()
                .map(o -> new DealObligation(o.id(), o.kind(), o.dueOn(), o.description().strip())).toList();
        if (!repository.replace(dealId, clean, Actor.current(), LocalDateTime.now(clock))) {
            throw new UserFacingException("error.recordGone");
        }
        return repository.ofDeal(dealId);
    }

    /** Every obligation of the deals still running (not terminated or completed), earliest first. */
    public List<ObligationRow> open() {
        return repository.all();
    }

    /** The obligations of one deal while it runs, as {@link #open()} lists them. */
    public List<ObligationRow> openOf(long dealId) {
        return repository.openOf(dealId);
    }
}
