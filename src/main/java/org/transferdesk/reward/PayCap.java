package org.transferdesk.reward;

import java.util.Optional;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Problem;

/**
 * R-45-TECH with R-REG (人社部发〔2021〕14号): a reward for technical development, consulting or service work sits
 * outside the performance-pay cap (不受绩效工资总量限制) only when the contract is registered as a technical
 * contract; otherwise it counts inside the cap, and the distribution says so. Other kinds are not judged here.
 */
public enum PayCap implements Labeled {
    OUTSIDE_CAP, INSIDE_CAP;

    @Override
    public String labelPrefix() {
        return "payCap";
    }

    /** The flag of a distribution of this kind on a contract registered or not; empty for other kinds. */
    public static Optional<PayCap> of(DistributionKind kind, boolean registered) {
        if (kind != DistributionKind.TECH_CONTRACT) {
            return Optional.empty();
        }
        return Optional.of(registered ? OUTSIDE_CAP : INSIDE_CAP);
    }

    /** The warning an unregistered contract's distribution carries in the editor, the explanation and the notice. */
    public static Optional<Problem> warning(DistributionKind kind, boolean registered, String contractNo) {
        return of(kind, registered).filter(c -> c == INSIDE_CAP)
                .map(c -> Problem.warning("reward.tech.insideCap", "deal", contractNo == null ? "" : contractNo));
    }
}
